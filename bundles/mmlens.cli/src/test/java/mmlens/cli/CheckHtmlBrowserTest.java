package mmlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code mmlens check --format html} rendered by a real browser engine: headless Chromium (Debian's
 * {@code chromium} package; releng/test installs it when missing) loads the report from a file and
 * dumps the DOM after its script ran. The report must load without any console message (script
 * errors and Content-Security-Policy refusals are console messages), its script must have run to
 * the end ({@code data-plots-rendered} on the body) and counted one laid-out SVG plot per effect.
 * A deliberately broken copy of the page shows the check fails.
 */
class CheckHtmlBrowserTest {
    private static final String[] FAST = {"--seeds", "2", "--suite", "fragmentation", "--only-suites", "--quiet"};

    /** The browser's dumped DOM and its stderr's console lines. */
    private record Rendered(String dom, List<String> console, long millis) {
    }

    static String browser() {
        for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    private static Rendered render(Path html, Path dir) throws Exception {
        String exe = browser();
        assertNotNull(exe, "no headless browser: install Debian's chromium (releng/test does: apt-get install chromium)");
        Path errFile = dir.resolve("browser.err");
        Path outFile = dir.resolve("browser.out");
        ProcessBuilder pb = new ProcessBuilder(exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0",
                "--virtual-time-budget=2000", "--dump-dom", html.toUri().toString());
        pb.redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the browser did not finish in 120 s");
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, p.exitValue(), Files.readString(errFile));
        List<String> console = new ArrayList<>();
        for (String l : Files.readAllLines(errFile, StandardCharsets.UTF_8)) {
            if (l.contains(":CONSOLE") || l.contains("Uncaught")) {
                console.add(l);
            }
        }
        return new Rendered(Files.readString(outFile, StandardCharsets.UTF_8), console, ms);
    }

    private static String mmlens(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Mmlens.run(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(0, code, err.toString());
        return out.toString();
    }

    private static String[] check(String format, String input) {
        List<String> a = new ArrayList<>(List.of("check", "--format", format));
        a.addAll(List.of(FAST));
        a.add(input);
        return a.toArray(String[]::new);
    }

    private static int plotsRendered(String dom) {
        Matcher m = Pattern.compile("<body[^>]*data-plots-rendered=\"(\\d+)\"").matcher(dom);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    @Test
    void theReportRendersInChromiumWithoutErrorsAndWithOnePlotPerEffect(@TempDir Path dir) throws Exception {
        String patch = ShowCommandTest.example("fallback-tuning-v2.mbox").toString();
        long t0 = System.nanoTime();
        String html = mmlens(check("html", patch));
        long checkMs = (System.nanoTime() - t0) / 1_000_000;
        int effects = new ObjectMapper().readTree(mmlens(check("json", patch))).get("effects").size();
        assertTrue(effects > 0, "the example sets knobs the fragmentation suite reads");
        assertEquals(html, mmlens(check("html", patch)), "deterministic");
        Path file = dir.resolve("report.html");
        Files.writeString(file, html);

        Rendered r = render(file, dir);
        System.out.println("CheckHtmlBrowserTest: report " + html.length() + " chars, " + effects + " effects; check+render "
                + checkMs + " ms; browser load+dump " + r.millis() + " ms");
        assertEquals(List.of(), r.console(), "no console message (script error, CSP refusal)");
        assertEquals(effects, plotsRendered(r.dom()), "the script ran to the end and counted every plot laid out");
        assertEquals(effects, count(r.dom(), "<svg class=\"effect-plot\""), "one plot element per effect");
        int maps = count(r.dom(), "<svg class=\"pageblock-map\"");
        assertTrue(maps >= 2 && maps % 2 == 0, "a baseline and a patched map per zone: " + maps);
        assertTrue(r.dom().contains("Pageblocks at the end of fragmentation/"), "the main scenario's end state");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "nothing from the network");
    }

    @Test
    void aBrokenScriptIsCaught(@TempDir Path dir) throws Exception {
        String html = mmlens(check("html", CheckReportsTest.commentOnly(dir).toString()));
        assertTrue(html.contains("nothing to simulate"), html);
        Path ok = dir.resolve("empty.html");
        Files.writeString(ok, html);
        Rendered clean = render(ok, dir);
        assertEquals(List.of(), clean.console(), "an empty report renders cleanly");
        assertEquals(0, plotsRendered(clean.dom()), "no effects, no plots, and the script ran");

        Matcher m = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find());
        String script = m.group(1);
        String broken = script.replace("b.setAttribute(", "b.noSuchMethod(");
        String page = html.replace(script, broken).replace(hash(script), hash(broken));
        Path bad = dir.resolve("broken.html");
        Files.writeString(bad, page);
        Rendered r = render(bad, dir);
        assertFalse(r.console().isEmpty(), "the TypeError reaches the console: " + r.dom());
        assertEquals(-1, plotsRendered(r.dom()));
    }

    private static String hash(String script) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
        return "'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
