// Cars196 ships its labels as a MATLAB file, cars_annos.mat: a struct array `annotations`
// (relative_im_path, class, test, bounding boxes) and a cell array `class_names`. libmatio
// reads it; the metric-learning split is by class (1-98 train, 99-196 test), not the
// classification split the file's `test` field gives.
#include <matio.h>

#include <filesystem>
#include <memory>

#include "ListParsing.h"
#include "grindstone/Error.h"
#include "grindstone/data/ImageList.h"

namespace grindstone {

using namespace listparsing;

namespace {

struct MatFileCloser {
    void operator()(mat_t* file) const { Mat_Close(file); }
};
struct MatVarFreer {
    void operator()(matvar_t* var) const { Mat_VarFree(var); }
};
using MatFile = std::unique_ptr<mat_t, MatFileCloser>;
using MatVar = std::unique_ptr<matvar_t, MatVarFreer>;

size_t elementCount(const matvar_t* var) {
    size_t count = 1;
    for (int d = 0; d < var->rank; ++d)
        count *= var->dims[d];
    return count;
}

/// A MATLAB char array as text; matio keeps MAT 5 characters as 8- or 16-bit units.
std::string textOf(const matvar_t* var, const std::string& what, const std::string& file) {
    // A damaged file can claim more characters than it holds: the bytes read are the bound.
    const size_t count = var == nullptr ? 0 : elementCount(var);
    if (var == nullptr || var->class_type != MAT_C_CHAR || var->data == nullptr ||
        (var->data_size != 1 && var->data_size != 2) ||
        var->nbytes < count * static_cast<size_t>(var->data_size))
        throw InputError(file + ": " + what + " is not text");
    std::string text;
    for (size_t i = 0; i < count; ++i) {
        const unsigned unit = var->data_size == 2 ? static_cast<const uint16_t*>(var->data)[i]
                                                  : static_cast<const uint8_t*>(var->data)[i];
        if (unit > 0x7f) throw InputError(file + ": " + what + " holds a character beyond ASCII");
        text += static_cast<char>(unit);
    }
    return text;
}

/// A MATLAB numeric scalar of any class as a whole number.
long wholeNumberOf(const matvar_t* var, const std::string& what, const std::string& file) {
    if (var == nullptr || var->data == nullptr || elementCount(var) != 1 || var->data_size < 1 ||
        var->nbytes < static_cast<size_t>(var->data_size) ||
        static_cast<size_t>(var->data_size) != Mat_SizeOfClass(var->class_type))
        throw InputError(file + ": " + what + " is not a number");
    double value = 0;
    switch (var->class_type) {
        case MAT_C_DOUBLE:
            value = *static_cast<const double*>(var->data);
            break;
        case MAT_C_SINGLE:
            value = *static_cast<const float*>(var->data);
            break;
        case MAT_C_UINT8:
            value = *static_cast<const uint8_t*>(var->data);
            break;
        case MAT_C_INT8:
            value = *static_cast<const int8_t*>(var->data);
            break;
        case MAT_C_UINT16:
            value = *static_cast<const uint16_t*>(var->data);
            break;
        case MAT_C_INT16:
            value = *static_cast<const int16_t*>(var->data);
            break;
        case MAT_C_UINT32:
            value = *static_cast<const uint32_t*>(var->data);
            break;
        case MAT_C_INT32:
            value = *static_cast<const int32_t*>(var->data);
            break;
        default:
            throw InputError(file + ": " + what + " is not a number");
    }
    if (value < 1 || value != static_cast<double>(static_cast<long>(value)))
        throw InputError(file + ": " + what + " is " + std::to_string(value) +
                         ", not a class number >= 1");
    return static_cast<long>(value);
}

/// A cell or struct array whose element table matio really read: one matvar_t pointer per
/// element (and field). A damaged file can declare more than it holds, or more than memory
/// can take, and then the table is missing or short.
bool holdsElements(const matvar_t* var, size_t fields) {
    return var->data != nullptr && fields > 0 &&
           var->nbytes >= elementCount(var) * fields * sizeof(matvar_t*);
}

MatVar readVariable(mat_t* mat, const char* name, const std::string& file) {
    MatVar var(Mat_VarRead(mat, name));
    if (!var) throw InputError(file + ": has no variable '" + name + "'");
    return var;
}

}  // namespace

ImageList readCarsList(const std::string& folder) {
    const std::string file = underFolder(folder, "cars_annos.mat");
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error))
        throw InputError("Cars196's annotation file '" + file + "' is missing");
    const MatFile mat(Mat_Open(file.c_str(), MAT_ACC_RDONLY));
    if (!mat) throw InputError(file + ": not a MATLAB file libmatio can read");

    const MatVar names = readVariable(mat.get(), "class_names", file);
    if (names->class_type != MAT_C_CELL || !holdsElements(names.get(), 1))
        throw InputError(file + ": 'class_names' is not a cell array of names");
    ClassIds ids;
    for (size_t i = 0; i < elementCount(names.get()); ++i) {
        const auto index = static_cast<int>(i);
        ids.add(static_cast<long>(i) + 1,
                textOf(Mat_VarGetCell(names.get(), index),
                       "class_names{" + std::to_string(i + 1) + "}", file));
    }
    ids.number();

    const MatVar annotations = readVariable(mat.get(), "annotations", file);
    if (annotations->class_type != MAT_C_STRUCT ||
        !holdsElements(annotations.get(), Mat_VarGetNumberOfFields(annotations.get())))
        throw InputError(file + ": 'annotations' is not a struct array");
    ImageList list;
    list.source = folder;
    list.classNames = ids.names();
    list.classSplit = ids.halvesSplit();
    for (size_t i = 0; i < elementCount(annotations.get()); ++i) {
        const std::string where = "annotations(" + std::to_string(i + 1) + ")";
        const std::string path =
            textOf(Mat_VarGetStructFieldByName(annotations.get(), "relative_im_path", i),
                   where + ".relative_im_path", file);
        const long classId = wholeNumberOf(
            Mat_VarGetStructFieldByName(annotations.get(), "class", i), where + ".class", file);
        if (!ids.has(classId)) {
            throw InputError(file + ": " + where + ".class is " + std::to_string(classId) +
                             ", beyond the " + std::to_string(list.classNames.size()) +
                             " class_names");
        }
        list.entries.push_back({underFolder(folder, path), ids.label(classId), file + " " + where});
    }
    if (list.entries.empty()) throw InputError(file + ": 'annotations' lists no images");
    return list;
}

}  // namespace grindstone
