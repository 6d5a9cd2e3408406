#pragma once

#include <string>

#include "grindstone/quality/Decoder.h"
#include "quality/DecoderNet.h"

namespace grindstone::quality {

/// decoder/step-N.pt (".pt") or its report (".json") in a run folder.
std::string decoderPath(const std::string& runFolder, int64_t step, const std::string& extension);

struct ImageShape {
    int64_t channels = 1, height = 0, width = 0, embeddingDim = 0;
};

/// Both files, atomically: the network with its image shape, and the report as JSON.
void saveDecoder(const std::string& runFolder, DecoderNet& net, const ImageShape& shape,
                 const DecoderReport& report);

/// Throws InputError naming the file when either is missing or damaged.
DecoderNet loadDecoder(const std::string& runFolder, int64_t step, ImageShape& shape,
                       DecoderReport& report);

}  // namespace grindstone::quality
