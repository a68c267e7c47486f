package io.newslens.extract;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The dateline of a wire story, "WASHINGTON (AP) -" or "LONDON, March 3 (Reuters) -": at the start of a
 * paragraph, a place in capitals, the agency in brackets, a dash. The place is a location whatever the model
 * says (it reads capitals poorly), the agency an organisation; so is an agency credited in brackets before a
 * colon, or at the very end of the story.
 */
final class Datelines {

    private Datelines() {
    }

    /** Calls {@code place} and {@code agency} with the token spans {@code [from, to)} of each dateline. */
    static void find(List<Tok> toks, BiConsumer<int[], EntityType> out) {
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            if (i > 0 && toks.get(i - 1).paragraph() == toks.get(i).paragraph()) {
                continue;
            }
            int j = i;
            while (j < n && j - i < 4 && isCapitalWord(toks.get(j).word())) {
                j++;
            }
            if (j == i) {
                continue;
            }
            int placeEnd = j;
            // ", March 3" or ", Calif." between the place and the bracket
            if (j < n && toks.get(j).word().equals(",")) {
                j++;
                while (j < n && j - placeEnd < 5 && !Names.isOpenParen(toks.get(j).word())) {
                    j++;
                }
            }
            if (j >= n || !Names.isOpenParen(toks.get(j).word())) {
                continue;
            }
            int a = j + 1;
            int b = a;
            while (b < n && b - a < 4 && !Names.isCloseParen(toks.get(b).word())) {
                b++;
            }
            if (b == a || b + 1 >= n || !Names.isCloseParen(toks.get(b).word()) || !Names.isDash(toks.get(b + 1).word())
                    || !hasCapital(toks, a, b)) {
                // the credit has a capital somewhere: "(AP)", "(dpa-AFX)"
                continue;
            }
            out.accept(new int[]{i, placeEnd}, EntityType.LOCATION);
            out.accept(new int[]{a, b}, EntityType.ORGANIZATION);
        }
        agencyCredits(toks, out);
    }

    /**
     * The agency's credit in other wire styles: in brackets before a colon or dash near the start of a paragraph
     * ("Mysuru [India], November 5 (ANI): ..."), or closing the story's last paragraph ("... will be done. (ANI)").
     * The bracket holds one word in capitals, or one capitalised word.
     */
    static void agencyCredits(List<Tok> toks, BiConsumer<int[], EntityType> out) {
        int n = toks.size();
        int paraStart = 0;
        for (int i = 0; i + 2 < n; i++) {
            if (i > 0 && toks.get(i - 1).paragraph() != toks.get(i).paragraph()) {
                paraStart = i;
            }
            if (!Names.isOpenParen(toks.get(i).word()) || !Names.isCloseParen(toks.get(i + 2).word())
                    || !isAgencyWord(toks.get(i + 1).word())) {
                continue;
            }
            boolean lead = i - paraStart <= 15 && i + 3 < n && toks.get(i + 3).paragraph() == toks.get(i).paragraph()
                    && (toks.get(i + 3).word().equals(":") || Names.isDash(toks.get(i + 3).word()));
            int after = i + 3;
            while (after < n && toks.get(after).word().equals(".")) {
                after++;
            }
            boolean last = after >= n && i > paraStart;
            if (lead || last) {
                out.accept(new int[]{i + 1, i + 2}, EntityType.ORGANIZATION);
            }
            if (lead) {
                bracketedPlaces(toks, paraStart, i, out);
            }
        }
        // "... to serve the people. –Bernama", "-- Reuters": a dash and one name closing the story are its credit
        int end = n;
        while (end > 0 && toks.get(end - 1).word().equals(".")) {
            end--;
        }
        if (end >= 2 && Names.isDash(toks.get(end - 2).word()) && isAgencyWord(toks.get(end - 1).word())
                && (end == 2 || toks.get(end - 3).paragraph() != toks.get(end - 2).paragraph()
                    || toks.get(end - 3).word().equals("."))) {
            out.accept(new int[]{end - 1, end}, EntityType.ORGANIZATION);
        }
    }

    private static boolean hasCapital(List<Tok> toks, int a, int b) {
        for (int k = a; k < b; k++) {
            if (toks.get(k).word().chars().anyMatch(Character::isUpperCase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Places in brackets before an agency's credit: "Mysuru (Bengaluru) [India], November 5 (ANI):" names the city,
     * its state or district and its country, each in brackets after the one before. The model leaves a bracketed
     * word alone; one the gazetteer knows as a place is one here.
     */
    private static void bracketedPlaces(List<Tok> toks, int from, int to, BiConsumer<int[], EntityType> out) {
        for (int k = from; k + 2 < to; k++) {
            if (!Names.isOpenParen(toks.get(k).word()) && !toks.get(k).word().equals("[")) {
                continue;
            }
            int e = k + 1;
            StringBuilder name = new StringBuilder();
            while (e < to && e - k <= 3 && !isClosing(toks.get(e).word())
                    && Character.isUpperCase(toks.get(e).word().charAt(0))) {
                name.append(name.length() == 0 ? "" : " ").append(toks.get(e).word());
                e++;
            }
            if (e > k + 1 && e < to && isClosing(toks.get(e).word()) && Gazetteer.kind(name.toString()) != null) {
                out.accept(new int[]{k + 1, e}, EntityType.LOCATION);
            }
        }
    }

    private static boolean isClosing(String w) {
        return Names.isCloseParen(w) || w.equals("]");
    }

    private static boolean isAgencyWord(String w) {
        return w.length() >= 2 && w.length() <= 8 && Character.isUpperCase(w.charAt(0))
                && w.chars().allMatch(Character::isLetter);
    }

    private static boolean isCapitalWord(String w) {
        return w.length() > 1 && Character.isLetter(w.charAt(0)) && Names.isAllCaps(w);
    }
}
