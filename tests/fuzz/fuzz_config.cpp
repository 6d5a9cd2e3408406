// config.json as train --config reads it, then one --set KEY=VALUE (the input's last line).
#include "FuzzSupport.h"
#include "grindstone/options/Config.h"

using namespace grindstone;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string input = fuzz::text(data, size);
    const auto split = input.rfind('\n');
    return fuzz::refuseOrRead([&] {
        Config config;
        config.mergeJsonText(input.substr(0, split == std::string::npos ? input.size() : split),
                             "config.json");
        if (split == std::string::npos) return;
        const std::string assignment = input.substr(split + 1);
        const auto equals = assignment.find('=');
        if (equals != std::string::npos)
            config.set(assignment.substr(0, equals), assignment.substr(equals + 1));
    });
}
