#pragma once
// Starts a helper process for a test (a probe to kill, a TLS server, the kiosk), its standard
// output to /dev/null and its standard error to `error_log` (appended) or /dev/null.

#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>  // environ (glibc, _GNU_SOURCE)

#include <stdexcept>
#include <string>
#include <vector>

namespace phare::test {

// `program` is looked up in PATH when it has no '/'. `env` empty: this process's environment.
// Throws when the process cannot be started.
inline pid_t spawn_process(const std::string& program, std::vector<std::string> arguments, const std::string& error_log = {},
                           std::vector<std::string> env = {})
{
    arguments.insert(arguments.begin(), program);
    std::vector<char*> argv;
    for (std::string& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (std::string& entry : env)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    if (error_log.empty())
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    else
        posix_spawn_file_actions_addopen(&actions, 2, error_log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    pid_t pid = 0;
    char** environment = env.empty() ? environ : envp.data();
    const int error = posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), environment);
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0)
        throw std::runtime_error("cannot start " + program);
    return pid;
}

// Asks the process to end (SIGTERM: the kiosk's SDL turns it into a quit) and reaps it.
inline void stop_process(pid_t pid)
{
    ::kill(pid, SIGTERM);
    int status = 0;
    ::waitpid(pid, &status, 0);
}

}  // namespace phare::test
