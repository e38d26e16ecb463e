package nl.buurtkaarten.support.matching;

/**
 * The points a match gets; see the table in {@code package-info}. The score decides only between choices with as many
 * topic matches and as many matches: a topic match always comes before a suggestion, whatever their scores. Keep
 * {@code SAME_TOPIC} above {@code SAME_KIND_OF_SUPPORT + SHARED_TIME + SAME_AREA}, so a helper's offer on the asked topic
 * always beats their offer of another topic.
 */
public final class MatchScore {

    /** Every compatible pair gets this, so every match scores more than zero. */
    public static final int BASE = 10;

    public static final int SAME_TOPIC = 50;
    public static final int SAME_KIND_OF_SUPPORT = 20;
    /** Both gave times and at least one slot is shared. */
    public static final int SHARED_TIME = 10;
    /** Both gave an area and it is the same. */
    public static final int SAME_AREA = 10;
    /** The receiver offers something the helper asked for. */
    public static final int GIVE_AND_TAKE = 15;

    public static final int MAX = BASE + SAME_TOPIC + SAME_KIND_OF_SUPPORT + SHARED_TIME + SAME_AREA + GIVE_AND_TAKE;

    private MatchScore() {}
}
