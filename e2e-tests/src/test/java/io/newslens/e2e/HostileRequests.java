package io.newslens.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The hostile requests {@link HostileInputIT} sends to one service, generated from the operations its
 * {@code /q/openapi} lists: hostile values in every parameter, malformed and mistyped bodies, raw request targets and
 * broken HTTP framing.
 */
final class HostileRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Hostile values for every parameter and field. None contains one of {@link HostileInputIT#LEAKS}; "SELECT " only
     * counts outside reflections.
     */
    static final List<String> HOSTILE = List.of(
            "' OR '1'='1", "'; DROP TABLE article; --", "1' UNION SELECT NULL, version() --", "1; SELECT pg_sleep(10)--",
            "\" OR \"\"=\"", "') OR ('a'='a", "%' AND 1=0 UNION ALL SELECT current_user --", "admin'--", "1 OR 1=1",
            "$1; COPY article TO '/tmp/x'", "\\'; select 1; --", "1)) OR ((1=1",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(document.cookie)",
            "<svg/onload=alert(1)>", "{{7*7}}${7*7}#{7*7}", "<!--#exec cmd=\"ls\"-->",
            "../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/etc/shadow\u0000.txt",
            "....//....//etc/hosts", "%s%s%s%n%x", "\u0000", "\r\nSet-Cookie: evil=1", "\uFEFF\u202E\u200B", "\uD83D\uDE00\uD835\uDD4F\uFDFA",
            "-1", "0", "99999999999999999999", "-2147483649", "1e309", "NaN", "true", "null", "[]", "{}", " ",
            "2024-02-30", "9999-99-99", "A".repeat(5_000));

    record Op(String method, String path, List<Param> params, List<String> bodyTypes) {
    }

    record Param(String name, String in, String type) {
    }

    /**
     * One request. {@code mayClose}: the framing itself is broken (an invalid chunk size), so the server cannot read a
     * request to answer and may close the connection instead; for every other request no answer is a failure.
     */
    record Req(String service, int port, String label, byte[] bytes, List<String> carried, boolean mayClose) {
        Req(String service, int port, String label, byte[] bytes, List<String> carried) {
            this(service, port, label, bytes, carried, false);
        }
    }

    private final String service;
    private final int port;
    private final List<Op> ops;
    private final List<Req> out = new ArrayList<>();

    HostileRequests(String service, int port, List<Op> ops) {
        this.service = service;
        this.port = port;
        this.ops = ops;
    }

    /** Every request for this service: each operation's parameters, bodies and raw targets, then broken framing. */
    List<Req> all() throws Exception {
        for (Op op : ops) {
            for (String key : keysFor(op)) {
                parameters(op, key);
                if (!op.bodyTypes().isEmpty()) {
                    bodies(op, key);
                }
            }
            rawTargets(op);
        }
        protocol();
        return out;
    }

    /** Write and admin operations get the valid key (to reach validation) and a hostile one. */
    private List<String> keysFor(Op op) {
        if (op.method().equals("GET")) {
            return List.of("");
        }
        return List.of("X-API-Key: " + Pipeline.API_KEY, "X-API-Key: ' OR '1'='1");
    }

    private List<String> headers(String key, String... more) {
        List<String> h = new ArrayList<>();
        if (!key.isEmpty()) {
            h.add(key);
        }
        h.addAll(List.of(more));
        return h;
    }

    private void add(String label, byte[] bytes, List<String> carried) {
        out.add(new Req(service, port, label, bytes, carried));
    }

    private String path(Op op, String idValue) {
        return op.path().replaceAll("\\{[^}]+}", idValue);
    }

    private String validPath(Op op) {
        return path(op, op.path().contains("/entities/") ? "1" : "abc123");
    }

    private byte[] minimalBody(Op op) {
        if (op.bodyTypes().contains("application/json")) {
            return "{\"body\":\"Anna Berg said the talks in Oslo went well.\"}".getBytes(StandardCharsets.UTF_8);
        }
        return null;
    }

    private String minimalType(Op op) {
        return op.bodyTypes().contains("application/json") ? "application/json"
                : op.bodyTypes().isEmpty() ? null : op.bodyTypes().get(0);
    }

    private void parameters(Op op, String key) {
        for (Param prm : op.params()) {
            for (String v : HOSTILE) {
                String target;
                if (prm.in().equals("path")) {
                    target = op.path().replace("{" + prm.name() + "}", enc(v)).replaceAll("\\{[^}]+}", "1");
                } else {
                    target = validPath(op) + "?" + enc(prm.name()) + "=" + enc(v);
                }
                byte[] body = minimalBody(op);
                List<String> h = headers(key);
                if (body != null) {
                    h.add("Content-Type: " + minimalType(op));
                }
                add(op.method() + " " + op.path() + " " + prm.name() + "=" + label(v),
                        request(op.method(), target.getBytes(StandardCharsets.US_ASCII), h, body), List.of(v));
            }
            if (prm.in().equals("query")) {
                // repeated parameter, empty value, name without value
                String many = (prm.name() + "=1&").repeat(500);
                for (String q : List.of(many, prm.name() + "=", prm.name(), prm.name() + "=%", prm.name() + "=%zz",
                        prm.name() + "=%C3%28", prm.name() + "=%FF%FE%00", prm.name() + "[]=1&" + prm.name() + "[x]=2")) {
                    add(op.method() + " " + op.path() + " ?" + label(q),
                            request(op.method(), (validPath(op) + "?" + q).getBytes(StandardCharsets.US_ASCII), headers(key), null),
                            List.of());
                }
            }
        }
    }

    private void bodies(Op op, String key) throws Exception {
        byte[] target = validPath(op).getBytes(StandardCharsets.US_ASCII);
        String type = op.method() + " " + op.path();
        // malformed JSON and wrong types, for operations that take JSON
        if (op.bodyTypes().contains("application/json")) {
            List<String> malformed = List.of("", "{", "}", "{\"body\":", "{\"body\":\"x\"", "{\"body\":\"x\",}", "[1,2",
                    "{'body':'x'}", "{\"body\":\"x\"} trailing", "null", "[]", "\"text\"", "42", "{\"body\":\"x\",\"body\":1}",
                    "{\"body\":\"\\uD800\"}", "{\"body\":\"\\x41\"}", "{\"body\":1e999999}",
                    "[".repeat(50_000), "{\"a\":".repeat(20_000), "{\"body\":\"" + "x".repeat(2_000_000) + "\"}");
            for (String m : malformed) {
                add(type + " json:" + label(m), request(op.method(), target,
                        headers(key, "Content-Type: application/json"), m.getBytes(StandardCharsets.UTF_8)), List.of());
            }
            List<String> fields = List.of("body", "title", "url", "source", "byline", "published");
            List<Object> wrongTypes = List.of(1, 1.5, true, List.of(), Map.of("x", 1), List.of("a", "b"));
            for (String f : fields) {
                for (Object w : wrongTypes) {
                    ObjectNode n = baseArticle();
                    n.set(f, JSON.valueToTree(w));
                    add(type + " " + f + ":" + w, request(op.method(), target, headers(key, "Content-Type: application/json"),
                            JSON.writeValueAsBytes(n)), List.of());
                }
                for (String v : HOSTILE) {
                    ObjectNode n = baseArticle();
                    n.put(f, v);
                    add(type + " " + f + "=" + label(v), request(op.method(), target,
                            headers(key, "Content-Type: application/json"), JSON.writeValueAsBytes(n)), List.of(v));
                }
            }
            byte[] badUtf8 = concat("{\"body\":\"caf".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC3, 0x28,
                    (byte) 0xFF, (byte) 0xFE}, "\"}".getBytes(StandardCharsets.US_ASCII));
            add(type + " json invalid UTF-8", request(op.method(), target, headers(key, "Content-Type: application/json"), badUtf8),
                    List.of());
            add(type + " json latin-1 charset", request(op.method(), target,
                    headers(key, "Content-Type: application/json; charset=ISO-8859-1"), badUtf8), List.of());
            add(type + " json bogus charset", request(op.method(), target,
                    headers(key, "Content-Type: application/json; charset=x-no-such"), "{\"body\":\"x\"}".getBytes()), List.of());
        }
        // wrong and broken content types
        for (String ct : List.of("application/xml", "application/x-www-form-urlencoded", "text/csv", "application/octet-stream",
                "garbage", "////", "application/json;;;", "multipart/form-data", "multipart/form-data; boundary=",
                "text/plain; charset=\"", "image/png")) {
            add(type + " content-type " + ct, request(op.method(), target, headers(key, "Content-Type: " + ct),
                    "<a>' OR 1=1</a>".getBytes(StandardCharsets.UTF_8)), List.of());
        }
        add(type + " no content-type", request(op.method(), target, headers(key), "{\"body\":\"x\"}".getBytes()), List.of());
        // each declared body type with hostile and invalid content
        for (String ct : op.bodyTypes()) {
            for (String v : HOSTILE) {
                byte[] body = switch (ct) {
                    case "multipart/form-data" -> multipart(v);
                    case "application/x-ndjson" -> (JSON.writeValueAsString(Map.of("body", v)) + "\n" + v + "\n").getBytes(StandardCharsets.UTF_8);
                    case "text/html" -> ("<html><head><title>" + v + "</title></head><body><p>" + v + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
                    default -> v.getBytes(StandardCharsets.UTF_8);
                };
                String ctHeader = ct.equals("multipart/form-data") ? "multipart/form-data; boundary=XyZ" : ct;
                add(type + " " + ct + " " + label(v), request(op.method(), target, headers(key, "Content-Type: " + ctHeader), body),
                        List.of(v));
            }
            add(type + " " + ct + " invalid UTF-8", request(op.method(), target, headers(key, "Content-Type: " + ct),
                    new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xFF, 0x00, (byte) 0xED, (byte) 0xA0, (byte) 0x80}), List.of());
            add(type + " " + ct + " empty", request(op.method(), target, headers(key, "Content-Type: " + ct), new byte[0]), List.of());
            add(type + " " + ct + " 2 MB", request(op.method(), target, headers(key, "Content-Type: " + ct),
                    "Lorem ipsum ".repeat(180_000).getBytes(StandardCharsets.US_ASCII)), List.of());
        }
        if (op.bodyTypes().contains("multipart/form-data")) {
            for (String broken : List.of("--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"../../etc/passwd\"\r\n\r\nx",
                    "--XyZ--", "no boundary at all", "--XyZ\r\n\r\n\r\n--XyZ--\r\n",
                    "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.exe\"\r\nContent-Type: application/x-msdownload\r\n\r\nMZ\r\n--XyZ--\r\n")) {
                add(type + " multipart broken " + label(broken), request(op.method(), target,
                        headers(key, "Content-Type: multipart/form-data; boundary=XyZ"), broken.getBytes(StandardCharsets.UTF_8)), List.of());
            }
        }
    }

    private ObjectNode baseArticle() {
        ObjectNode n = JSON.createObjectNode();
        n.put("title", "Talks in Oslo");
        n.put("body", "Anna Berg, the mayor of Oslo, said the talks went well. \"We agreed on the budget,\" Berg said.");
        return n;
    }

    private byte[] multipart(String v) {
        String s = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + v.replace("\"", "%22").replace("\r", "").replace("\n", "")
                + ".txt\"\r\nContent-Type: text/plain\r\n\r\n" + v + "\r\n--XyZ--\r\n";
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void rawTargets(Op op) {
        List<String> raw = new ArrayList<>(List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
                "/%00", "/%C3%28", "/%FF%FE", "/%", "/%zz", "/;jsessionid=1", "/./././", "//", "/\\..\\..\\win.ini"));
        for (String r : raw) {
            String base = op.path().contains("{") ? op.path().substring(0, op.path().indexOf('{') - 1) : op.path();
            add(op.method() + " " + op.path() + " raw " + r, request(op.method(), (base + r).getBytes(StandardCharsets.ISO_8859_1),
                    List.of(), null), List.of());
        }
        // a literal invalid UTF-8 byte and a space in the request target
        add(op.method() + " " + op.path() + " raw bytes", request(op.method(),
                concat(validPath(op).getBytes(StandardCharsets.US_ASCII), new byte[] {'?', 'q', '=', (byte) 0xC3, 0x28, (byte) 0xFF}),
                List.of(), null), List.of());
        // overlong query strings
        for (int n : List.of(4_000, 16_000, 100_000, 1_000_000)) {
            add(op.method() + " " + op.path() + " query " + n, request(op.method(),
                    (validPath(op) + "?q=" + "a".repeat(n)).getBytes(StandardCharsets.US_ASCII), List.of(), null), List.of());
        }
    }

    private void protocol() {
        String[] paths = ops.stream().map(o -> o.path().replaceAll("\\{[^}]+}", "1")).distinct().toArray(String[]::new);
        for (String p : paths) {
            byte[] t = p.getBytes(StandardCharsets.US_ASCII);
            add("TRACE " + p, request("TRACE", t, List.of(), null), List.of());
            add("PROPFIND " + p, request("PROPFIND", t, List.of(), null), List.of());
            add("DELETE " + p, request("DELETE", t, List.of("X-API-Key: " + Pipeline.API_KEY), null), List.of());
            add("PUT " + p, request("PUT", t, List.of("Content-Type: application/json"), "{}".getBytes()), List.of());
            add("OPTIONS " + p + " CORS", request("OPTIONS", t, List.of("Origin: https://evil.example",
                    "Access-Control-Request-Method: POST"), null), List.of());
            add("GET " + p + " CORS", request("GET", t, List.of("Origin: https://evil.example"), null), List.of());
            add("GET " + p + " header 8 KB", request("GET", t, List.of("X-Junk: " + "h".repeat(8_000)), null), List.of());
            add("GET " + p + " header 64 KB", request("GET", t, List.of("X-Junk: " + "h".repeat(64_000)), null), List.of());
            List<String> many = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                many.add("X-H" + i + ": " + i);
            }
            add("GET " + p + " 300 headers", request("GET", t, many, null), List.of());
            add("GET " + p + " API key 10 KB", request("GET", t, List.of("X-API-Key: " + "k".repeat(10_000)), null), List.of());
            add("GET " + p + " Accept junk", request("GET", t, List.of("Accept: */*;q=abc, text/<script>"), null), List.of());
            add("GET " + p + " header injection", request("GET", t, List.of("X-Forwarded-For: ' OR 1=1 --",
                    "User-Agent: <script>alert(1)</script>", "Cookie: a=' OR '1'='1"), null), List.of());
            add("POST " + p + " bad Content-Length", request("POST", t, List.of("Content-Length: abc",
                    "Content-Type: application/json"), "{}".getBytes()), List.of());
            add("POST " + p + " length and chunked", request("POST", t, List.of("Content-Length: 2", "Transfer-Encoding: chunked",
                    "Content-Type: application/json"), "0\r\n\r\n".getBytes()), List.of());
            out.add(new Req(service, port, "POST " + p + " bad chunk", request("POST", t, List.of("Transfer-Encoding: chunked",
                    "Content-Type: application/json"), "zz\r\nabc\r\n0\r\n\r\n".getBytes()), List.of(), true));
            add("GET " + p + " HTTP/1.0 no host", ("GET " + p + " HTTP/1.0\r\n\r\n").getBytes(StandardCharsets.US_ASCII), List.of());
            add("GET " + p + " obs-fold header", ("GET " + p + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-A: a\r\n b\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII), List.of());
        }
    }

    private static String label(String v) {
        String s = v.replaceAll("[\\x00-\\x1f]", "?");
        return s.length() > 40 ? s.substring(0, 40) + "…(" + v.length() + ")" : s;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static int port(ServiceProcess s) {
        String url = s.url("");
        return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
    }

    static List<Op> operations(ServiceProcess s) throws Exception {
        RawHttp.Response r = RawHttp.exchange(port(s), get("/q/openapi?format=json", List.of()), 30_000);
        assertEquals(200, r.status(), "GET /q/openapi?format=json: " + r.body());
        JsonNode paths = JSON.readTree(r.body()).path("paths");
        List<Op> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> m = path.getValue().fields(); m.hasNext(); ) {
                Map.Entry<String, JsonNode> op = m.next();
                if (op.getKey().equals("parameters")) {
                    continue;
                }
                List<Param> params = new ArrayList<>();
                for (JsonNode list : List.of(path.getValue().path("parameters"), op.getValue().path("parameters"))) {
                    for (JsonNode prm : list) {
                        params.add(new Param(prm.path("name").asText(), prm.path("in").asText(),
                                prm.path("schema").path("type").asText("string")));
                    }
                }
                List<String> types = new ArrayList<>();
                op.getValue().path("requestBody").path("content").fieldNames().forEachRemaining(types::add);
                ops.add(new Op(op.getKey().toUpperCase(), path.getKey(), params, types));
            }
        }
        return ops;
    }

    // --- request building ------------------------------------------------------------------------------------

    static byte[] get(String target, List<String> headers) {
        return request("GET", target.getBytes(StandardCharsets.ISO_8859_1), headers, null);
    }

    static byte[] request(String method, byte[] target, List<String> headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((method + " ").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(target);
        out.writeBytes(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n".getBytes(StandardCharsets.ISO_8859_1));
        boolean hasLength = false;
        for (String h : headers) {
            out.writeBytes(h.getBytes(StandardCharsets.UTF_8));
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            hasLength |= h.regionMatches(true, 0, "content-length:", 0, 15) || h.regionMatches(true, 0, "transfer-encoding:", 0, 18);
        }
        if (body != null && !hasLength) {
            out.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
