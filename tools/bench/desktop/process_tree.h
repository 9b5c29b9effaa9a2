#pragma once
// A benchmarked program and every process it starts (Chromium runs nine): launched in its own
// process group, measured as a whole from /proc, stopped as a whole.

#include <string>
#include <sys/types.h>
#include <vector>

namespace phare::bench {

// User plus system CPU time of one process in clock ticks; -1 if it is gone.
long long process_cpu_ticks(pid_t pid);

class ProcessTree {
public:
    // Starts `argv` (argv[0] looked up in PATH) with `env_overrides` ("NAME=value") added.
    ProcessTree(const std::vector<std::string>& argv, const std::vector<std::string>& env_overrides);
    ~ProcessTree();
    ProcessTree(const ProcessTree&) = delete;
    ProcessTree& operator=(const ProcessTree&) = delete;

    pid_t leader() const { return m_leader; }
    bool alive() const;
    // The leader and its descendants now.
    std::vector<pid_t> members() const;
    // Proportional set size of the whole tree in KiB: shared pages counted once across it.
    long pss_kib() const;
    // User plus system CPU time of the whole tree, in clock ticks (sysconf(_SC_CLK_TCK)).
    long long cpu_ticks() const;
    void stop();

private:
    pid_t m_leader = -1;
};

}  // namespace phare::bench
