package io.newsflow.cli.stack;

import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.newsflow.cli.Command;

/** {@code supervise}: runs the stack in the foreground until SIGTERM; what {@code up} starts in the background. */
public final class SuperviseCommand implements Command {

    @Override
    public String summary() {
        return "(internal) run the stack until stopped; used by up";
    }

    @Override
    public int run(List<String> args) throws Exception {
        StackOptions options = StackOptions.parse(args);
        RunningStack stack = RunningStack.start(options, RepoPaths.stateDir().resolve("data"), options.fresh());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping newsflow...");
            try {
                StackState.delete();
            } catch (java.io.IOException e) {
                System.err.println("could not remove " + StackState.file() + ": " + e.getMessage());
            }
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "newsflow-supervisor-shutdown"));
        stack.state().write();
        System.out.println("ready\n" + stack.state().describe());
        stopped.await();
        return 0;
    }
}
