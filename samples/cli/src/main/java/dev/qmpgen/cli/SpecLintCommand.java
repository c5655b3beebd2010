package dev.qmpgen.cli;

import dev.qmpgen.cli.json.JsonText;
import dev.qmpgen.spec.Diagnostic;
import dev.qmpgen.spec.ParseResult;
import dev.qmpgen.spec.SpecParser;
import java.io.IOException;
import java.util.Set;

/** {@code spec lint FILE}: the spec parser's diagnostics, as lines or as JSON. */
final class SpecLintCommand implements Command {

  @Override
  public String name() {
    return "spec lint";
  }

  @Override
  public String synopsis() {
    return "spec lint [--json] FILE";
  }

  @Override
  public String summary() {
    return "Report errors and warnings in a spec text";
  }

  @Override
  public String details() {
    return """
        Parses FILE and prints every diagnostic as FILE:LINE:COL: error|warning: message:
        field lines that match no form, unknown types, duplicate names, broken examples, and
        the lint of each example against its field list (an example naming another event,
        keys not in the field list, required fields missing, values outside the enumeration).

        Options:
          --json   a JSON array of {"file","line","column","severity","message"}
          --help   this text

        Exit status: 0 no errors (warnings allowed), 1 errors, 2 FILE cannot be read.
        """;
  }

  @Override
  public ArgumentParser parser() {
    return new ArgumentParser(Set.of("json"), Set.of());
  }

  @Override
  public int run(Arguments arguments, CommandIo io) throws UsageException, IOException {
    String file = arguments.atMostOperands(1).operand(0, "FILE");
    ParseResult result = SpecParser.parse(file, FileInput.read(file));
    if (!arguments.has("json")) {
      result.diagnostics().forEach(io.out()::println);
      return result.hasErrors() ? ExitCode.PROBLEMS_FOUND : ExitCode.OK;
    }
    io.out()
        .println(
            JsonText.write(
                g -> {
                  g.writeStartArray();
                  for (Diagnostic diagnostic : result.diagnostics()) {
                    g.writeStartObject();
                    g.writeStringProperty("file", diagnostic.position().file());
                    g.writeNumberProperty("line", diagnostic.position().line());
                    g.writeNumberProperty("column", diagnostic.position().column());
                    g.writeStringProperty("severity", diagnostic.severity().label());
                    g.writeStringProperty("message", diagnostic.message());
                    g.writeEndObject();
                  }
                  g.writeEndArray();
                }));
    return result.hasErrors() ? ExitCode.PROBLEMS_FOUND : ExitCode.OK;
  }
}
