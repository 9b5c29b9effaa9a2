#pragma once
// The bytes of a site's files, keyed by their path relative to the site folder ("map.json",
// "media/pictograms/a.png"). Core never touches the file system: a folder on disk and a bundle
// from the hub are both turned into this map by platform code, then parsed the same way.

#include <map>
#include <string>

namespace phare::content {

using SourceFiles = std::map<std::string, std::string, std::less<>>;

}  // namespace phare::content
