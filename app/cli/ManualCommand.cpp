// grindstone-cli manual: the grindstone-cli(1) manual page, written from the command table and
// the option table, so the installed page always says what the binary does.
#include <iostream>
#include <string>

#include "CliCommon.h"
#include "CommandTable.h"
#include "grindstone/options/OptionTable.h"

namespace grindstone::cli {

namespace {

/// Text as roff reads it literally: backslashes and minus signs escaped, no line starting
/// with a control character.
std::string roff(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\')
            out += "\\e";
        else if (c == '-')
            out += "\\-";
        else
            out += c;
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
    return out;
}

void printCommands(std::ostream& out) {
    out << ".SH COMMANDS\n";
    for (const CommandHelp& command : commandTable()) {
        out << ".TP\n\\fB" << roff(command.name) << "\\fR";
        if (!command.synopsis.empty()) out << ' ' << roff(spaceJoined(command.synopsis));
        out << '\n' << roff(spaceJoined(command.description)) << '\n';
    }
}

void printOptions(std::ostream& out) {
    out << ".SH TRAINING OPTIONS\n"
           "Every option of a run, given as \\fB\\-\\-set\\fR \\fIKEY\\fR=\\fIVALUE\\fR or in "
           "the JSON object of a \\fB\\-\\-config\\fR file; a run folder's config.json holds "
           "all of them.\n";
    std::string group;
    for (const OptionSpec& spec : optionTable()) {
        if (spec.group != group) {
            group = spec.group;
            out << ".SS " << roff(group) << '\n';
        }
        std::string head = std::string(optionTypeName(spec.type)) + ", default " +
                           (spec.defaultValue.empty() ? std::string("empty") : spec.defaultValue);
        if (!spec.unit.empty()) head += ' ' + spec.unit;
        out << ".TP\n\\fB" << roff(spec.name) << "\\fR (" << roff(head) << "; "
            << roff(describeAllowed(spec)) << ")\n"
            << roff(spec.doc) << '\n';
    }
}

}  // namespace

int runManual(Args args) {
    expectNoMore(args, "manual");
    std::ostream& out = std::cout;
    out << ".TH GRINDSTONE\\-CLI 1 \"\" \"Grindstone " GRINDSTONE_VERSION
           "\" \"User Commands\"\n"
           ".nh\n"  // flags such as --allow-config-change must not break at a hyphen
           ".SH NAME\n"
           "grindstone\\-cli \\- train, evaluate and compare deep metric learning models\n"
           ".SH SYNOPSIS\n"
           ".B grindstone\\-cli\n"
           ".I COMMAND\n"
           ".RI [ ARGS ]\n"
           ".SH DESCRIPTION\n"
           "\\fBgrindstone\\-cli\\fR is the command-line side of Grindstone: it trains an "
           "embedding (plain triplet, HDML or two-stage hard-sample generation), evaluates and "
           "exports it, runs the comparisons and searches of its settings, and writes every "
           "run into a folder the desktop application \\fBgrindstone\\fR(1) lists and opens.\n";
    printCommands(out);
    printOptions(out);
    out << ".SH EXIT STATUS\n"
           ".TP\n0\ndone\n"
           ".TP\n1\nan internal error (a bug: the message says where)\n"
           ".TP\n2\na bad argument, option, config, dataset or run folder (the message names "
           "it); nothing was written or lost\n"
           ".TP\n3\nstopped by Ctrl\\-C or SIGTERM; the run or bench is saved and continues "
           "with \\fBresume\\fR or the same command\n"
           ".TP\n4\ntraining diverged; the run is saved at its last good checkpoint\n"
           ".TP\n5\na distributed run lost one of its ranks; the run is marked crashed and "
           "continues with \\fBresume\\fR\n"
           ".SH ENVIRONMENT\n"
           ".TP\nXDG_DATA_HOME\n"
           "the default workspace is $XDG_DATA_HOME/grindstone/runs and the default dataset "
           "$XDG_DATA_HOME/grindstone/glyphs (default ~/.local/share)\n"
           ".TP\nXDG_CACHE_HOME\ncached features and decoded images (default ~/.cache)\n"
           ".TP\nRANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT\n"
           "set by a torchrun\\-style launcher: this process is one rank of a distributed run\n"
           ".TP\nGRINDSTONE_DIST_TIMEOUT\n"
           "seconds a rank waits for the others before it gives up (default 1800)\n"
           ".TP\nGLOO_SOCKET_IFNAME\nthe network interface the ranks talk over\n"
           ".SH SEE ALSO\n"
           "\\fBgrindstone\\fR(1)\n";
    return 0;
}

}  // namespace grindstone::cli
