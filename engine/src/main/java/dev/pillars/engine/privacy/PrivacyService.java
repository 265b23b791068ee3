package dev.pillars.engine.privacy;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.org.EmployeeErased;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.review.Review;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.internal.Call;
import dev.pillars.engine.internal.Outcome;
import dev.pillars.engine.internal.Effect;
import dev.pillars.persistence.spi.ErasureReport;
import dev.pillars.persistence.spi.PersonalDataExport;
import dev.pillars.persistence.spi.Repositories;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * Export and erasure of one person's data. Export needs {@link Action#EXPORT_PERSONAL_DATA} on
 * the person (the person themself, HR or a system actor in the standard policy); erasure needs
 * {@link Action#ERASE_PERSONAL_DATA} (HR or a system actor).
 *
 * <p>Erasure follows the store's rules ({@link
 * dev.pillars.persistence.spi.PersonalDataRepository}): personal records removed, what the
 * organisation keeps pseudonymised. After it commits, the engine drops the scores it keeps for the
 * tenant, which hold the erased person's goals, and loads them again on next use: every score is
 * the same as before, under the pseudonym. The {@link EmployeeErased} event names only the
 * pseudonym.
 */
public final class PrivacyService {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Call call;

  /**
   * Creates the service for one call context; hosts get it from {@code Session.privacy()}.
   *
   * @param call the call context
   */
  public PrivacyService(Call call) {
    this.call = requireNonNull(call, "call");
  }

  /**
   * Returns everything the tenant's store holds about one person, every pillar included ({@link
   * PersonalDataExport}). The anonymous feedback the person gave is theirs to see: it is in the
   * export only when they ask for it themself, never when HR or a system actor does, so that no
   * one else learns who gave it. No export names another person as the giver of anonymous
   * feedback. A review about them is in their own export once it is shared with them (submitted, in a
   * cycle finalised or closed), as the review service lets them read it; HR's export holds them all.
   *
   * @param employee the person
   * @return the export; empty if nothing is held about them
   * @throws NullPointerException if {@code employee} is null
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not export their data
   */
  public PersonalDataExport export(EmployeeId employee) {
    requireNonNull(employee, "employee");
    return call.read(scope -> {
      scope.require(Action.EXPORT_PERSONAL_DATA, personalData(employee));
      PersonalDataExport export = scope.repositories().personalData().export(employee);
      boolean themself = call.actor() instanceof Actor.Person person && person.employee().equals(employee);
      return themself
          ? export.keepingReviews(review -> sharedWith(review, employee, scope.repositories()))
          : export.withoutAnonymousFeedbackGiven();
    });
  }

  /**
   * Returns whether a person may read a review in their own export, by the rule the review
   * service reads with: the reviews they wrote, and the reviews about them once submitted in a
   * cycle that shares them.
   */
  private static boolean sharedWith(Review review, EmployeeId employee, Repositories repositories) {
    if (review.author().equals(employee)) {
      return true;
    }
    return review.status().isSubmitted()
        && repositories.reviewCycles().find(review.cycle()).map(c -> c.value().phase().sharesReviews()).orElse(false);
  }

  /**
   * Erases one person, under a fresh random pseudonym ({@code erased-} and 16 hex digits).
   *
   * @param employee the person
   * @return what was changed, naming the pseudonym
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not erase data
   */
  public ErasureReport erase(EmployeeId employee) {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return erase(employee, EmployeeId.of("erased-" + HexFormat.of().formatHex(bytes)));
  }

  /**
   * Erases one person under a pseudonym the host chooses.
   *
   * @param employee the person
   * @param pseudonym the id that stands for them from now on; not yet used in the tenant and not
   *     derivable from their id
   * @return what was changed
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if the pseudonym is the person's id or names
   *     someone already
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not erase data
   */
  public ErasureReport erase(EmployeeId employee, EmployeeId pseudonym) {
    requireNonNull(employee, "employee");
    requireNonNull(pseudonym, "pseudonym");
    return call.write("erase personal data", work -> {
      work.require(Action.ERASE_PERSONAL_DATA, personalData(employee));
      ErasureReport report = work.repositories().personalData().erase(employee, pseudonym);
      if (report.nothingFound()) {
        return new Outcome<>(report, List.of(), Effect.NONE, "employee:" + pseudonym.value());
      }
      EmployeeErased event = new EmployeeErased(call.tenant(), pseudonym, report.pseudonymised(), report.removed(),
          report.redacted(), call.clock().instant());
      return new Outcome<>(report, List.of(event), Effect.ORGANISATION, "employee:" + pseudonym.value());
    });
  }

  private static Resource personalData(EmployeeId employee) {
    return Resource.ofEmployee("the personal data of " + employee.value(), employee);
  }
}
