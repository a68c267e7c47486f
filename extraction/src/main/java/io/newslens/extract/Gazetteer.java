package io.newslens.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Place names from GeoNames (CC BY 4.0, https://www.geonames.org): countries, first- and second-level divisions and
 * populated places of more than 1,000 people, built by {@code deploy/tools/gazetteer} from npm data packages. A name
 * found here is evidence that a mention is a place, weighed against the context by {@link Typing}: many place names
 * are also people's names ("Jordan", "Harrison").
 */
final class Gazetteer {

    /** What a name is in the gazetteer, strongest first. */
    enum Kind {
        COUNTRY, REGION, DISTRICT, PLACE
    }

    private static final String RESOURCE = "gazetteer.tsv.gz";

    private Gazetteer() {
    }

    /** Loaded on first use, once per class loader. */
    private static final class Holder {
        static final Map<String, Kind> NAMES = load();
    }

    /** The kind of place the name is, or null when the gazetteer does not know it. */
    static Kind kind(String name) {
        return Holder.NAMES.get(key(name));
    }

    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return s.replace('’', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Kind> load() {
        Map<String, Kind> names = new HashMap<>(400_000);
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " (deploy/tools/gazetteer builds it)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                Kind kind = switch (line.charAt(tab + 1)) {
                    case 'C' -> Kind.COUNTRY;
                    case 'R' -> Kind.REGION;
                    case 'D' -> Kind.DISTRICT;
                    default -> Kind.PLACE;
                };
                // the strongest kind wins where folding accents makes two names one
                names.merge(key(line.substring(0, tab)), kind, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
