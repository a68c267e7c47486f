package io.newslens.ingest.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8: bytes that are not UTF-8 are refused, never replaced. A leading byte order mark is dropped. */
public final class Utf8 {

    private Utf8() {
    }

    public static String decode(byte[] bytes, String field) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer out = decoder.decode(in);
            String s = out.toString();
            return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
        } catch (MalformedInputException e) {
            throw new InvalidArticleException(field, "not valid UTF-8 (bad byte at offset " + in.position() + ")");
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException(field, "not valid UTF-8");
        }
    }
}
