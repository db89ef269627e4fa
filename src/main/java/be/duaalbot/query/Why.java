package be.duaalbot.query;

/**
 * Whether a question asks why: not at all; beside its own figures ("in welke sector daalden de
 * overeenkomsten in 2020-2021 en waarom": the figures first, then the why); or only why, of the
 * figures of the answer before ("waarom?", "hoe komt dat?"): the reasons, not the figures again.
 */
public enum Why {
    NONE, ALSO, ONLY
}
