package pincheck.paper;

import java.util.List;

/** Other formal and dynamic checking of Linux kernel code, and where pincheck differs (facts, no verdicts). */
final class RelatedWorkSection {
    private RelatedWorkSection() {}

    static Section build() {
        return new Section("related", "Related work", List.of(
                new Block.Para("The Linux-kernel memory model (LKMM, `tools/memory-model/` in the kernel tree; "
                        + "Alglave, Maranget, McKenney, Parri and Stern, ASPLOS 2018) is written in the cat language "
                        + "and run by the herd7 simulator on litmus tests: small programs of loads, stores, barriers "
                        + "and RCU calls, for which it lists the outcomes the kernel allows. It answers questions of "
                        + "memory ordering; pincheck assumes sequentially consistent steps and asks about a "
                        + "reference-counting protocol across a whole I/O path instead."),
                new Block.Para("Paul McKenney modelled RCU algorithms in Promela and checked them with the Spin "
                        + "model checker, among them the interface between preemptible RCU and dyntick-idle mode "
                        + "(LWN, \"Using Promela and Spin to verify parallel algorithms\", 2007, and the formal "
                        + "verification chapter of \"Is Parallel Programming Hard, And, If So, What Can You Do "
                        + "About It?\"). Those models, like pincheck's, are hand-written abstractions of kernel "
                        + "code checked exhaustively for small bounds."),
                new Block.Para("Catalin Marinas's kernel-tla repository holds TLA+ specifications of kernel "
                        + "algorithms checked with TLC: the arm64 ASID allocator, queued spinlocks and read-write "
                        + "locks, ticket spinlocks, `context_switch()` with the `mm_users`/`mm_count` handling, "
                        + "arm64 KPTI and the FPSIMD/SVE state. Each models one algorithm; pincheck generates a "
                        + "model per scenario and design from a scenario file and compares designs."),
                new Block.Para("syzkaller, a coverage-guided fuzzer of system calls, and KASAN, the kernel address "
                        + "sanitizer that reports out-of-bounds accesses and use-after-free at run time, find bugs "
                        + "in the code as built and run, on the paths the fuzzer reaches. pincheck checks designs "
                        + "before or beside the code: every interleaving of a small scenario, including designs "
                        + "that were only proposed, with no kernel build.")));
    }
}
