package pincheck.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Prints picocli's completion script for bash (zsh reads it through bashcompinit). */
@Command(name = "completion", description = "Print a bash/zsh completion script: source <(pincheck completion)")
final class CompletionCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        System.out.print(AutoComplete.bash("pincheck", spec.root().commandLine()));
        return 0;
    }
}
