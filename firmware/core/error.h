#pragma once
// How a call says it failed at a module's edge (docs/style.md, "Errors"): one Error, a sentence a
// maintainer can act on and what it is about. A call that can fail returns Result<T>, its value or
// that Error. Header-only, so that every layer can use it without linking core.
//
// Not for validation: a site, a manifest or a status.json is checked whole and every problem of a
// run is reported at once, with its severity (content::Problem, content::Problems). An Error is
// the one reason a call did not do what it was asked.

#include <tl/expected.hpp>

#include <string>
#include <utility>

namespace phare {

struct Error {
    // What went wrong, in a sentence: "cannot create the folder: Permission denied".
    std::string message;
    // What it is about: a path ("/var/lib/phare/outbox.db"), a place in a file or an answer
    // ("status.json:/services/0/hours", "kiosk.toml:7:1", "live events:/next"), a URL, an option
    // ("--clock"). Empty when the message says it all.
    std::string where;

    bool operator==(const Error&) const = default;
};

// "where: message", or the message alone when `where` is empty: the line a log or a terminal shows.
inline std::string describe(const Error& error)
{
    return error.where.empty() ? error.message : error.where + ": " + error.message;
}

template<class T>
using Result = tl::expected<T, Error>;

// The failed value of any Result: `return fail(path, "cannot open the file: " + reason);`.
inline tl::unexpected<Error> fail(std::string where, std::string message)
{
    return tl::unexpected<Error>(Error{std::move(message), std::move(where)});
}

}  // namespace phare
