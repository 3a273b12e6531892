package io.newsflow.cli.stack;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.newsflow.cli.Command;

/** {@code ./newsflow down}: stops what {@code up} started and waits until every process is gone. */
public final class DownCommand implements Command {

    @Override
    public String summary() {
        return "stop what up started";
    }

    @Override
    public int run(List<String> args) throws Exception {
        Optional<StackState> state = StackState.read();
        if (state.isEmpty()) {
            System.out.println("newsflow is not up.");
            return 0;
        }
        Optional<ProcessHandle> supervisor = ProcessHandle.of(state.get().pid());
        if (supervisor.isEmpty() || !supervisor.get().isAlive()) {
            StackState.delete();
            System.out.println("newsflow was not running (stale state removed).");
            return 0;
        }
        List<ProcessHandle> children = supervisor.get().descendants().toList();
        System.out.println("Stopping newsflow (pid " + state.get().pid() + ")...");
        supervisor.get().destroy();
        if (!supervisor.get().onExit().completeOnTimeout(null, 90, TimeUnit.SECONDS).thenApply(p -> p != null).get()) {
            System.err.println("supervisor did not stop in 90 s; killing it and its children");
            supervisor.get().destroyForcibly();
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
        StackState.delete();
        System.out.println("newsflow is down.");
        return 0;
    }
}
