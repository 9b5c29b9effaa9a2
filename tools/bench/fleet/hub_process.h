#pragma once
// The real phare-hub binary as a child process: started on 127.0.0.1, watched through /proc
// (RSS, PSS, open files, threads, CPU time), stopped with SIGTERM (timed) and, if need be, SIGKILL.

#include "fleet_stats.h"

#include "core/error.h"

#include <sys/types.h>

#include <string>

namespace phare::fleet {

class HubProcess {
public:
    // An error's `where` is the binary.
    static Result<HubProcess> start(const std::string& binary, const std::string& data_dir, const std::string& site_dir,
                                                       int port, const std::string& log_path);
    HubProcess(HubProcess&& other) noexcept : m_pid(other.m_pid) { other.m_pid = -1; }
    HubProcess& operator=(HubProcess&&) = delete;
    ~HubProcess();

    pid_t pid() const { return m_pid; }
    bool running();
    // Waits until the port accepts a connection, the hub exits, or `seconds` pass.
    Result<void> wait_listening(int port, double seconds);
    HubSample sample() const;
    // SIGTERM, then SIGKILL after `grace_s`; the seconds it took to exit after SIGTERM, or a
    // negative number if it had to be killed.
    double stop(double grace_s);

private:
    explicit HubProcess(pid_t pid) : m_pid(pid) {}
    pid_t m_pid = -1;
};

}  // namespace phare::fleet
