package io.newslens.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Names of heavenly bodies and of the craft and instruments sent to watch them are not entities: they are no
 * person, organisation or place on Earth ("water on Mars", "the Red Planet", "the Mars Reconnaissance Orbiter",
 * "the Transiting Exoplanet Survey Satellite" and its acronym). A name is a craft's when its last word says so; a
 * craft noun after a name is no evidence ("a NASA satellite" is NASA's).
 */
final class SpaceNames {

    private SpaceNames() {
    }

    /** The planets of the solar system, lower case ("the Sun" and "Moon" are also a newspaper and a name). */
    static final Set<String> BODIES = Lexicon.set("mercury", "venus", "earth", "mars", "jupiter",
            "saturn", "uranus", "neptune", "pluto", "red planet", "milky way");

    /** Nouns for craft and instruments, as the last word of a name ("Hubble Space Telescope"). */
    static final Set<String> CRAFT = Lexicon.set("spacecraft", "telescope", "rover", "orbiter", "lander", "probe",
            "satellite", "spaceship");

    /** Whether the entity these mentions make is a heavenly body or a craft. */
    static boolean isSpaceName(String fullestName) {
        String key = Names.norm(fullestName);
        if (BODIES.contains(key)) {
            return true;
        }
        String[] w = Names.words(fullestName);
        return w.length >= 2 && CRAFT.contains(w[w.length - 1].toLowerCase(Locale.ROOT));
    }
}
