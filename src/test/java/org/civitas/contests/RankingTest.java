package org.civitas.contests;

import org.civitas.platform.BaseEntity;
import org.civitas.proposals.PhotoProcessor;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How winners are drawn, how a contest's phase follows the calendar, and how slots are numbered. */
class RankingTest {

    private static final LocalDate DAY = LocalDate.of(2027, 4, 1);

    @Test
    void theJuryPrizesGoToTheBestAveragesAndThePublicPrizeToTheMostVotes() throws Exception {
        ContestPhoto steady = photo(1, 10, 17, 2);   // 8.5
        ContestPhoto loved = photo(2, 40, 12, 2);    // 6.0, most votes
        ContestPhoto single = photo(3, 2, 9, 1);     // 9.0 from one juror
        ContestPhoto unscored = photo(4, 5, 0, 0);
        Ranking.rank(List.of(steady, loved, single, unscored), 2);
        assertEquals(1, single.getJuryRank());
        assertEquals(2, steady.getJuryRank());
        assertNull(loved.getJuryRank(), "only two jury prizes");
        assertNull(unscored.getJuryRank(), "a photo nobody scored wins no jury prize");
        assertTrue(loved.isPublicPrize());
        assertFalse(single.isPublicPrize());
    }

    @Test
    void tiesGoToTheMostVotesThenToTheFirstSubmitted() throws Exception {
        ContestPhoto first = photo(1, 3, 14, 2);
        ContestPhoto second = photo(2, 3, 7, 1);     // same average, same votes, submitted later
        ContestPhoto voted = photo(3, 4, 21, 3);     // same average, more votes
        Ranking.rank(List.of(second, first, voted), 3);
        assertEquals(1, voted.getJuryRank());
        assertEquals(2, first.getJuryRank());
        assertEquals(3, second.getJuryRank());
        assertTrue(voted.isPublicPrize());
    }

    @Test
    void noVotesNoPublicPrize() throws Exception {
        ContestPhoto a = photo(1, 0, 5, 1);
        Ranking.rank(List.of(a), 3);
        assertFalse(a.isPublicPrize());
        assertEquals(1, a.getJuryRank());
    }

    @Test
    void thePhaseFollowsTheDatesUntilTheResults() {
        Contest contest = new Contest(new ContestDraft("Au fil des saisons", "Thème", "Règles", DAY, DAY.plusDays(30),
                DAY.plusDays(45), 3, 5, 3), 1L, Instant.EPOCH);
        assertEquals(ContestPhase.UPCOMING, contest.phaseOn(DAY.minusDays(1)));
        assertEquals(ContestPhase.SUBMISSIONS, contest.phaseOn(DAY));
        assertEquals(ContestPhase.SUBMISSIONS, contest.phaseOn(DAY.plusDays(29)));
        assertEquals(ContestPhase.VOTING, contest.phaseOn(DAY.plusDays(30)));
        assertEquals(ContestPhase.JURY, contest.phaseOn(DAY.plusDays(45)));
        contest.resultsPublished(Instant.EPOCH);
        assertEquals(ContestPhase.RESULTS, contest.phaseOn(DAY));
    }

    @Test
    void datesMustFollowOneAnother() {
        assertTrue(new ContestDraft("Titre", "T", "R", DAY, DAY.plusDays(1), DAY.plusDays(2), 1, 1, 1).isInOrder());
        assertFalse(new ContestDraft("Titre", "T", "R", DAY, DAY, DAY.plusDays(2), 1, 1, 1).isInOrder());
        assertFalse(new ContestDraft("Titre", "T", "R", DAY, DAY.plusDays(3), DAY.plusDays(2), 1, 1, 1).isInOrder());
    }

    @Test
    void aFreeSlotIsTheSmallestNumberNotTakenWithinTheLimit() {
        assertEquals(1, ContestService.freeSlot(List.of(), 3));
        assertEquals(2, ContestService.freeSlot(List.of(1, 3), 3));
        assertEquals(0, ContestService.freeSlot(List.of(1, 2, 3), 3));
        assertEquals(4, ContestService.freeSlot(List.of(1, 2, 3), Integer.MAX_VALUE));
    }

    private static ContestPhoto photo(long id, int votes, int juryTotal, int juryCount) throws Exception {
        ContestPhoto photo = new ContestPhoto(1, id, 1, new PhotoSubmission("Photo " + id, null, "Crédit",
                Licence.CC_BY, true), new PhotoProcessor.Processed(new byte[1], 1, 1, new byte[1]), Instant.EPOCH);
        set(BaseEntity.class, photo, "id", id);
        set(ContestPhoto.class, photo, "voteCount", votes);
        set(ContestPhoto.class, photo, "juryTotal", juryTotal);
        set(ContestPhoto.class, photo, "juryCount", juryCount);
        return photo;
    }

    private static void set(Class<?> type, Object target, String name, Object value) throws Exception {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
