// Anchors the precompiled LibTorch header that PRIVATE_CORE tests reuse.
