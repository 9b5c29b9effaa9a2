#include "process_tree.h"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace phare::bench {

namespace {

struct ProcStat {
    pid_t ppid = 0;
    long long ticks = 0;  // utime + stime
};

// Fields of /proc/PID/stat after the command name, which may itself hold spaces and brackets.
bool read_stat(pid_t pid, ProcStat& out)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string text;
    if (!std::getline(in, text))
        return false;
    const auto close = text.rfind(')');
    if (close == std::string::npos)
        return false;
    std::istringstream fields(text.substr(close + 2));
    std::string state;
    long long skip = 0;
    long long utime = 0;
    long long stime = 0;
    fields >> state >> out.ppid;
    for (int i = 0; i < 9; ++i)  // pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt
        fields >> skip;
    fields >> utime >> stime;
    out.ticks = utime + stime;
    return static_cast<bool>(fields);
}

std::map<pid_t, ProcStat> all_processes()
{
    std::map<pid_t, ProcStat> processes;
    DIR* proc = opendir("/proc");
    if (!proc)
        return processes;
    while (dirent* entry = readdir(proc)) {
        char* end = nullptr;
        const long pid = std::strtol(entry->d_name, &end, 10);
        ProcStat stat;
        if (end && *end == '\0' && pid > 0 && read_stat(static_cast<pid_t>(pid), stat))
            processes[static_cast<pid_t>(pid)] = stat;
    }
    closedir(proc);
    return processes;
}

}  // namespace

long long process_cpu_ticks(pid_t pid)
{
    ProcStat stat;
    return read_stat(pid, stat) ? stat.ticks : -1;
}

ProcessTree::ProcessTree(const std::vector<std::string>& argv, const std::vector<std::string>& env_overrides)
{
    std::vector<std::string> env_strings;
    for (char** e = environ; *e; ++e)
        env_strings.emplace_back(*e);
    for (const std::string& extra : env_overrides)
        env_strings.push_back(extra);
    std::vector<char*> args;
    for (const std::string& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    std::vector<char*> env;
    for (std::string& e : env_strings)
        env.push_back(e.data());
    env.push_back(nullptr);
    m_leader = fork();
    if (m_leader < 0)
        throw std::runtime_error("fork failed");
    if (m_leader == 0) {
        setpgid(0, 0);
        execvpe(args[0], args.data(), env.data());
        _exit(127);
    }
    setpgid(m_leader, m_leader);
}

ProcessTree::~ProcessTree() { stop(); }

bool ProcessTree::alive() const { return m_leader > 0 && waitpid(m_leader, nullptr, WNOHANG) == 0; }

std::vector<pid_t> ProcessTree::members() const
{
    std::vector<pid_t> tree;
    if (m_leader <= 0)
        return tree;
    const auto processes = all_processes();
    tree.push_back(m_leader);
    for (std::size_t i = 0; i < tree.size(); ++i)
        for (const auto& [pid, stat] : processes)
            if (stat.ppid == tree[i])
                tree.push_back(pid);
    return tree;
}

long ProcessTree::pss_kib() const
{
    long total = 0;
    for (pid_t pid : members()) {
        std::ifstream rollup("/proc/" + std::to_string(pid) + "/smaps_rollup");
        for (std::string line; std::getline(rollup, line);)
            if (line.rfind("Pss:", 0) == 0)
                total += std::strtol(line.c_str() + 4, nullptr, 10);
    }
    return total;
}

long long ProcessTree::cpu_ticks() const
{
    long long total = 0;
    const auto processes = all_processes();
    for (pid_t pid : members())
        if (auto it = processes.find(pid); it != processes.end())
            total += it->second.ticks;
    return total;
}

void ProcessTree::stop()
{
    if (m_leader <= 0)
        return;
    // The whole tree: Chromium's helpers re-parent themselves out of the process group at times.
    for (pid_t pid : members())
        kill(pid, SIGTERM);
    kill(-m_leader, SIGTERM);
    for (int i = 0; i < 50 && waitpid(m_leader, nullptr, WNOHANG) == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    for (pid_t pid : members())
        kill(pid, SIGKILL);
    kill(-m_leader, SIGKILL);
    waitpid(m_leader, nullptr, 0);
    m_leader = -1;
}

}  // namespace phare::bench
