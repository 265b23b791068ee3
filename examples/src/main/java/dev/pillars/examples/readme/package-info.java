/**
 * The README's Java snippets as compiled code: one class per snippet, whose import declarations
 * and body are marked {@code // region name} … {@code // endregion}. {@code ReadmeSnippetsTest}
 * runs every snippet and fails when README.md shows anything other than these regions, so the
 * README's code runs as pasted. Not published; nothing here is API.
 */
@org.jspecify.annotations.NullMarked
package dev.pillars.examples.readme;
