package dev.pillars.core.recognition;

import static dev.pillars.core.recognition.Recognitions.CLOCK;
import static dev.pillars.core.recognition.Recognitions.DAY;
import static dev.pillars.core.recognition.Recognitions.thanks;
import static dev.pillars.core.recognition.Recognitions.unsaid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecognitionTest {
  @Test
  void givingAnnouncesTheRecognitionWithItsPoints() {
    Recognition r = thanks("r1", "ana", "ben", "cleo").pointsEach(25).build();

    Change<Recognition> given = Recognition.give(r, CLOCK);

    assertThat(given.value()).isSameAs(r);
    assertThat(given.event(RecognitionGiven.class)).hasValueSatisfying(e -> {
      assertThat(e.recognition()).isEqualTo(r);
      assertThat(e.aggregateId()).isEqualTo("r1");
      assertThat(e.occurredAt()).isEqualTo(CLOCK.instant());
    });
    assertThat(r.totalPoints()).isEqualTo(50);
    assertThat(r.names(EmployeeId.of("cleo"))).isTrue();
    assertThat(r.names(EmployeeId.of("dan"))).isFalse();
  }

  @Test
  void withdrawingKeepsTheRecognitionAndReportsThePointsToRefund() {
    Recognition r = thanks("r1", "ana", "ben").pointsEach(10).build();
    Clock later = Clock.offset(CLOCK, java.time.Duration.ofDays(3));

    Change<Recognition> withdrawn = r.withdraw(later);

    assertThat(withdrawn.value().withdrawnOn()).contains(DAY.plusDays(3));
    assertThat(withdrawn.value().isActive()).isFalse();
    assertThat(withdrawn.event(RecognitionWithdrawn.class))
        .contains(new RecognitionWithdrawn(r.id(), r.giver(), 10, later.instant()));
    assertThatThrownBy(() -> withdrawn.value().withdraw(later))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("withdrawn already");
    assertThatThrownBy(() -> Recognition.give(withdrawn.value(), later)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> r.withdraw(Clock.fixed(DAY.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("withdrawnOn");
  }

  @Test
  void pseudonymisingReplacesTheIdWhereverItAppears() {
    Recognition r = thanks("r1", "ana", "ben", "cleo").build();
    EmployeeId pseudonym = EmployeeId.of("erased-1");

    assertThat(r.pseudonymised(EmployeeId.of("ana"), pseudonym).giver()).isEqualTo(pseudonym);
    assertThat(r.pseudonymised(EmployeeId.of("cleo"), pseudonym).receivers())
        .containsExactly(EmployeeId.of("ben"), pseudonym);
    assertThat(r.pseudonymised(EmployeeId.of("dan"), pseudonym)).isSameAs(r);
    assertThat(r.pseudonymised(EmployeeId.of("ana"), pseudonym).message()).isEqualTo(r.message());
    assertThatThrownBy(() -> r.pseudonymised(EmployeeId.of("ana"), EmployeeId.of("ben")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("pseudonym was ben");
  }

  @Test
  void badInputNamesTheFieldTheValueAndTheRule() {
    assertThatThrownBy(() -> thanks("r", "ana", "ana").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("receivers was ana: must not include the giver");
    assertThatThrownBy(() -> thanks("r", "ana", "ben", "ben").build())
        .hasMessage("receivers was ben: must be named once");
    assertThatThrownBy(() -> thanks("r", "ana").build())
        .hasMessage("receivers.size was 0: must be between 1 and 100");
    assertThatThrownBy(() -> thanks("r", "ana", "ben").pointsEach(-1).build())
        .hasMessage("pointsEach was -1: must be between 0 and 10000");
    assertThatThrownBy(() -> unsaid("r", "ana", "ben").message(" \t").build())
        .hasMessageStartingWith("message was");
    assertThatThrownBy(() -> unsaid("r", "ana", "ben").message("x".repeat(2001)).build())
        .hasMessage("message.length was 2001: must be at most 2000 characters");
    assertThatThrownBy(() -> unsaid("r", "ana", "ben").message("bad\u0000byte").build())
        .hasMessage("message was 'U+0000 at index 3': must hold no control characters other than tabs and line breaks");
    assertThatThrownBy(() -> unsaid("r", "ana", "ben").message("half \uD83D").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unpaired surrogates");
    assertThatThrownBy(() -> thanks("r", "ana", "ben").withdrawnOn(DAY.minusDays(1)).build())
        .hasMessageContaining("withdrawnOn");
    assertThatThrownBy(() -> Recognition.give(null, CLOCK)).isInstanceOf(NullPointerException.class).hasMessage("recognition");
  }

  @Test
  void acceptsLongTextOutsideTheBasicPlaneAndLineBreaks() {
    String rockets = "\uD83D\uDE80".repeat(2000);
    assertThat(unsaid("r", "ana", "ben").message(rockets).build().message()).isEqualTo(rockets);
    assertThat(unsaid("r", "ana", "ben").message("line one\r\n\tline two").build().message()).contains("\t");
    List<String> many = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "p" + i).toList();
    assertThat(thanks("r", "ana", many.toArray(String[]::new)).build().receivers()).hasSize(100);
  }

  @Test
  void visibilityLevelsIncludeTheNarrowerOnes() {
    assertThat(Visibility.PUBLIC.includes(Visibility.MANAGERS)).isTrue();
    assertThat(Visibility.MANAGERS.includes(Visibility.MANAGERS)).isTrue();
    assertThat(Visibility.PRIVATE.includes(Visibility.MANAGERS)).isFalse();
  }
}
