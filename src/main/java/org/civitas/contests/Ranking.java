package org.civitas.contests;

import java.util.Comparator;
import java.util.List;

/**
 * How the winners are drawn from the approved photos. The jury's prizes: the best average scores (the total over the
 * number of scores, compared exactly by cross-multiplying), ties going to the most public votes, then to the photo
 * submitted first; a photo no juror scored wins none. The public's prize: the most votes (at least one), ties going
 * to the photo submitted first. A photo may win both.
 */
final class Ranking {

    private Ranking() {
    }

    static void rank(List<ContestPhoto> photos, int prizes) {
        Comparator<ContestPhoto> byJury = (a, b) -> Long.compare(
                (long) b.getJuryTotal() * a.getJuryCount(), (long) a.getJuryTotal() * b.getJuryCount());
        List<ContestPhoto> jury = photos.stream().filter(p -> p.getJuryCount() > 0)
                .sorted(byJury.thenComparing(Comparator.comparingInt(ContestPhoto::getVoteCount).reversed())
                        .thenComparing(ContestPhoto::getId)).toList();
        ContestPhoto favourite = photos.stream().filter(p -> p.getVoteCount() > 0)
                .min(Comparator.comparingInt(ContestPhoto::getVoteCount).reversed()
                        .thenComparing(ContestPhoto::getId)).orElse(null);
        for (ContestPhoto photo : photos) {
            int place = jury.indexOf(photo);
            photo.ranked(place >= 0 && place < prizes ? place + 1 : null, photo == favourite);
        }
    }
}
