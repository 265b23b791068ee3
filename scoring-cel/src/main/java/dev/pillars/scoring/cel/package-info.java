/**
 * Formula strategies written as text in Google's Common Expression Language (CEL), such as {@code
 * 0.6 * goals + 0.4 * (self + feedback) / 2} or {@code goals > 0.9 ? 1.0 : goals}.
 *
 * <p>Add the {@code pillars-scoring-cel} jar and build the registry with {@code
 * StrategyRegistry.builder().withServiceLoader(classLoader)}: the composition strategy {@value
 * dev.pillars.scoring.preset.Presets#FORMULA} is then found by name through {@code
 * META-INF/services/dev.pillars.scoring.spi.StrategyProvider}. {@link
 * dev.pillars.scoring.preset.Presets#formula(String, java.util.List)} writes its configuration.
 *
 * <p><b>Formulas.</b> Every component is a {@code double} variable. Whole-number literals are read
 * as doubles, so {@code / 2} and {@code / 2.0} mean the same, as do {@code ? 1 : goals} and {@code
 * ? 1.0 : goals} (CEL itself would reject mixing {@code int} and {@code double}); comparisons across
 * numeric types are enabled. The result must be a {@code double}. A formula that does not parse,
 * names an undeclared variable or has the wrong result type fails when the strategy is created,
 * with a {@link dev.pillars.scoring.cel.FormulaException} giving the line and column.
 *
 * <p><b>Safety.</b> CEL is not Turing-complete and has no side effects or I/O. This module further
 * disables CEL's macros (so there are no comprehensions or loops), caps the formula at 2,000
 * characters and its nesting depth at 64, so evaluation takes time linear in the formula's size.
 *
 * <p><b>Receipts.</b> A formula is not additive, so contributions are attributed sequentially:
 * the intercept is the formula's value with every component at 0, and each component, in the
 * declared order, contributes the change in value when it takes its real value. The contributions
 * add up to the score. When the formula cannot be evaluated at those intermediate points (for
 * example it divides by a component that is 0 there), the receipt shows the whole score as the
 * intercept and says so in a note.
 *
 * <p><b>No module-info.</b> CEL 0.14.0's jars carry no module descriptors and no {@code
 * Automatic-Module-Name}, and they split packages among themselves ({@code dev.cel.common} lies in
 * five jars, {@code dev.cel.runtime} in two), so they cannot be placed on the module path at all.
 * This module therefore has no {@code module-info.java} and registers its provider through {@code
 * META-INF/services} only; its jar declares {@code Automatic-Module-Name: dev.pillars.scoring.cel},
 * so a modular host can put it on the module path as an automatic module that reads CEL from the
 * class path.
 */
@NullMarked
package dev.pillars.scoring.cel;

import org.jspecify.annotations.NullMarked;
