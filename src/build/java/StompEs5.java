import com.google.javascript.jscomp.CommandLineRunner;
import com.google.javascript.jscomp.CompilationLevel;
import com.google.javascript.jscomp.Compiler;
import com.google.javascript.jscomp.CompilerOptions;
import com.google.javascript.jscomp.CompilerOptions.Environment;
import com.google.javascript.jscomp.CompilerOptions.LanguageMode;
import com.google.javascript.jscomp.JSError;
import com.google.javascript.jscomp.Result;
import com.google.javascript.jscomp.SourceFile;
import com.google.javascript.jscomp.WarningLevel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Build step (generate-resources, run by the pom with Java's source launcher and Google's Closure Compiler on
 * the class path; no Node.js): the hall screen's STOMP client, stompjs's UMD bundle from its webjar, written
 * as ES5 for browsers of 2015 (Chrome 45, Firefox 40, Safari 9, Edge 12), with the polyfills it needs
 * (Promise, Symbol, Object.assign, ...) and async/await, classes and {@code ?.} lowered. The output keeps a
 * licence header (stompjs is Apache-2.0, so are Closure's polyfills) that says the file was changed, and
 * how. Nothing happens when the output is newer than its inputs (this file, the webjar, the compiler).
 *
 * <pre>java -cp closure-compiler.jar src/build/java/StompEs5.java WEBJAR VERSION OUTPUT [INPUT ...]</pre>
 *
 * The further inputs (the compiler's jar, this file) only count for whether the output is up to date.
 */
public final class StompEs5 {

    private StompEs5() {}

    public static void main(String[] args) throws IOException {
        Path webjar = Path.of(args[0]);
        String version = args[1];
        Path output = Path.of(args[2]);
        List<Path> inputs = new ArrayList<>(List.of(webjar));
        for (int i = 3; i < args.length; i++) {
            inputs.add(Path.of(args[i]));
        }
        if (upToDate(output, inputs)) {
            return;
        }
        String bundle = "META-INF/resources/webjars/stomp__stompjs/" + version + "/bundles/stomp.umd.js";
        String source;
        try (ZipFile jar = new ZipFile(webjar.toFile())) {
            ZipEntry entry = jar.getEntry(bundle);
            if (entry == null) {
                throw new IllegalStateException(bundle + " is not in " + webjar);
            }
            try (InputStream in = jar.getInputStream(entry)) {
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        CompilerOptions options = new CompilerOptions();
        CompilationLevel.SIMPLE_OPTIMIZATIONS.setOptionsForCompilationLevel(options);
        options.setLanguageIn(LanguageMode.ECMASCRIPT_2020);
        options.setLanguageOut(LanguageMode.ECMASCRIPT5);
        options.setEnvironment(Environment.BROWSER);
        // Polyfills for what a 2015 browser lacks (each installed only where the browser has none).
        options.setRewritePolyfills(true);
        // Errors still stop the build; the bundle's TypeScript JSDoc (@internal) only makes warnings.
        WarningLevel.QUIET.setOptionsForWarningLevel(options);
        Compiler compiler = new Compiler(System.err);
        Result result = compiler.compile(
                CommandLineRunner.getBuiltinExterns(Environment.BROWSER),
                List.of(SourceFile.fromCode("stomp.umd.js", source)),
                options);
        if (!result.success) {
            for (JSError error : result.errors) {
                System.err.println(error);
            }
            throw new IllegalStateException("Closure Compiler could not write stompjs " + version + " as ES5");
        }
        String header = "/*! @stomp/stompjs " + version + " (https://github.com/stomp-js/stompjs), Apache License 2.0:"
                + " /webjars/stomp__stompjs/" + version + "/LICENSE\n"
                + " * Changed for Buurtkaarten: its bundles/stomp.umd.js written as ES5 by Google's Closure Compiler,"
                + " with the Compiler's polyfills (Apache License 2.0). */\n";
        Files.createDirectories(output.getParent());
        // In one function, so that $jscomp and its helpers do not become globals of the page (as --isolation_mode IIFE).
        String code = "(function(){" + compiler.toSource() + "}).call(this);\n";
        Files.writeString(output, header + code, StandardCharsets.UTF_8);
        System.out.println("[stompjs " + version + " as ES5] " + output + ": " + Files.size(output) + " bytes");
    }

    private static boolean upToDate(Path output, List<Path> inputs) throws IOException {
        if (!Files.exists(output)) {
            return false;
        }
        FileTime written = Files.getLastModifiedTime(output);
        for (Path input : inputs) {
            if (Files.exists(input) && Files.getLastModifiedTime(input).compareTo(written) > 0) {
                return false;
            }
        }
        return true;
    }
}
