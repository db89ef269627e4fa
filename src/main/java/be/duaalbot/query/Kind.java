package be.duaalbot.query;

/** The dimension a recognised term belongs to. */
enum Kind {
    MEASURE, BREAKDOWN, MEMBER, GROUP, OUTSIDE, WORD, PLACE
}
