/**
 * Anonymous results: answers given without a name, shown only in aggregate and only for groups
 * large enough that no single answer can be told apart.
 *
 * <h2>The rule (decided)</h2>
 *
 * <ol>
 *   <li><b>Threshold.</b> A group's result (its count and its mean per question) is shown only when
 *       the group has at least {@code k} responses ({@link dev.pillars.core.anonymity.AnonymityThreshold},
 *       default 3); otherwise it is suppressed, with the reason, and not even its count is shown.
 *   <li><b>No differencing between a total and its groups.</b> The total over all groups is shown
 *       only when it has at least {@code k} responses. When it is shown, the responses of the
 *       suppressed groups together must number zero or at least {@code k}: while they number one to
 *       {@code k - 1}, the smallest shown group is suppressed as well ("suppressed so that a smaller
 *       group cannot be derived from the total"). So subtracting every shown group from the total
 *       yields at most a pool of {@code k} or more responses, never a group below {@code k}.
 *   <li><b>No differencing over time.</b> Results are computed once, when the collection closes
 *       (a 360 round's or a survey's window ends); before that every read says when they will be
 *       published, and after it no response is accepted. Two reads can therefore never differ by
 *       one response.
 *   <li><b>No link between a giver and an answer.</b> Aggregates keep who has answered apart from
 *       the answers, and keep the answers in a canonical order (sorted), so that neither their
 *       state, their {@code toString}, their events nor a store sees which answer is whose.
 * </ol>
 *
 * <p>What the rule cannot hide: an answer shared by a whole shown group (everyone gave the lowest
 * mark) is known once the group's mean is; this is the same for any published mean, and the
 * threshold is what makes such a group at least {@code k} people.
 */
@NullMarked
package dev.pillars.core.anonymity;

import org.jspecify.annotations.NullMarked;
