#include "model/GemPooling.h"

namespace grindstone {

GemPoolingImpl::GemPoolingImpl(double initialP, double eps) : m_eps(eps) {
    m_p = register_parameter("p", torch::full({1}, initialP));
}

torch::Tensor GemPoolingImpl::forward(const torch::Tensor& x) {
    // clamp keeps pow() defined for the ReLU zeros; flatten to N x C.
    return x.clamp_min(m_eps).pow(m_p).mean({2, 3}).pow(1.0 / m_p);
}

}  // namespace grindstone
