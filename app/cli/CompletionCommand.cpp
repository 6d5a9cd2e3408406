// grindstone-cli completion bash: a bash completion script written from the command table and
// the option table (commands, their flags, option keys after --set and each key's values).
#include <algorithm>
#include <iostream>
#include <map>
#include <set>
#include <string>

#include "CliCommon.h"
#include "CommandTable.h"
#include "grindstone/Error.h"
#include "grindstone/options/OptionTable.h"

namespace grindstone::cli {

namespace {

/// How the script completes a value named `name` in a synopsis: a file, a folder, option keys
/// (KEY=VALUE), or the listed words.
std::string valueCompletion(const std::string& name, const std::vector<std::string>& choices) {
    if (!choices.empty()) return "words '" + spaceJoined(choices) + "'";
    if (name == "KEY=VALUE") return "keyvalue";
    if (name == "METHOD:KEY=VALUE") return "methodkeyvalue";
    // Files first: FILE_OR_DIR takes either, and compgen -f offers folders too.
    if (name.find("FILE") != std::string::npos || name.find(".json") != std::string::npos)
        return "files";
    if (name.find("DIR") != std::string::npos || name == "OUT") return "dirs";
    return "none";  // a number or a name the script cannot know
}

std::vector<std::string> valuesOf(const OptionSpec& spec) {
    if (spec.type == OptionType::Choice) return spec.choices;
    if (spec.type == OptionType::Bool) return {"true", "false"};
    return {};
}

void printBash(std::ostream& out) {
    std::set<std::string> names;
    std::map<std::string, std::vector<std::string>> flags;            // per command
    std::map<std::string, std::map<std::string, std::string>> kinds;  // command -> flag -> how
    for (const CommandHelp& command : commandTable()) {
        names.insert(command.name);
        for (const std::string& flag : flagsOf(command)) {
            auto& list = flags[command.name];
            if (std::find(list.begin(), list.end(), flag) == list.end()) list.push_back(flag);
            std::vector<std::string> choices = flagChoices(command, flag);
            // Lists of methods and miners are the method and miner options' choices.
            if (flag == "--methods") choices = findOption("method")->choices;
            if (flag == "--miners") choices = findOption("miner")->choices;
            kinds[command.name][flag] = valueCompletion(flagValueName(command, flag), choices);
        }
        const std::string positional = flagValueName(command, "");
        if (!positional.empty()) kinds[command.name][""] = valueCompletion(positional, {});
    }
    kinds["completion"][""] = "words 'bash'";

    out << "# bash completion for grindstone-cli, written by `grindstone-cli completion bash`\n"
           "# from the commands and options of the binary it came from.\n\n"
           "_grindstone_cli_option_values() {\n"
           "    case \"$1\" in\n";
    std::vector<std::string> keys;
    for (const OptionSpec& spec : optionTable()) {
        keys.push_back(spec.name);
        const std::vector<std::string> values = valuesOf(spec);
        if (!values.empty())
            out << "        " << spec.name << ") echo '" << spaceJoined(values) << "' ;;\n";
    }
    out << "    esac\n"
           "}\n\n"
           "# Candidates for the word being typed: WORDLIST, the keys of --set, files or folders.\n"
           "_grindstone_cli_values() {\n"
           "    local how=$1 cur=$2\n"
           "    case \"$how\" in\n"
           "        words\\ *) compgen -W \"${how#words }\" -- \"$cur\" ;;\n"
           "        dirs) compgen -d -- \"$cur\" ;;\n"
           "        files) compgen -f -- \"$cur\" ;;\n"
           "        keyvalue|methodkeyvalue)\n"
           "            local prefix=\"\" rest=\"$cur\"\n"
           "            if [[ $how == methodkeyvalue ]]; then\n"
           "                if [[ $cur != *:* ]]; then\n"
           "                    compgen -S : -W '"
        << spaceJoined(findOption("method")->choices)
        << "' -- \"$cur\"\n"
           "                    return\n"
           "                fi\n"
           "                prefix=\"${cur%%:*}:\" rest=\"${cur#*:}\"\n"
           "            fi\n"
           "            if [[ $rest == *=* ]]; then\n"
           "                local key=\"${rest%%=*}\"\n"
           "                compgen -P \"$prefix$key=\" -W \"$(_grindstone_cli_option_values "
           "\"$key\")\" "
           "-- \"${rest#*=}\"\n"
           "            else\n"
           "                compgen -P \"$prefix\" -S = -W '"
        << spaceJoined(keys)
        << "' -- \"$rest\"\n"
           "            fi ;;\n"
           "    esac\n"
           "}\n\n"
           "_grindstone_cli() {\n"
           "    # The words as typed, whatever COMP_WORDBREAKS splits (KEY=VALUE stays one word).\n"
           "    local line=\"${COMP_LINE:0:COMP_POINT}\" cur=\"\" prev=\"\" command=\"\"\n"
           "    local -a typed\n"
           "    read -ra typed <<<\"$line\"\n"
           "    if [[ $line == *[[:space:]] || ${#typed[@]} -eq 0 ]]; then typed+=(\"\"); fi\n"
           "    cur=\"${typed[${#typed[@]}-1]}\"\n"
           "    (( ${#typed[@]} > 1 )) && prev=\"${typed[${#typed[@]}-2]}\"\n"
           "    local -a candidates=()\n"
           "    if (( ${#typed[@]} == 2 )); then\n"
           "        mapfile -t candidates < <(compgen -W '"
        << spaceJoined({names.begin(), names.end()})
        << "' -- \"$cur\")\n"
           "    else\n"
           "        command=\"${typed[1]}\"\n"
           "        local flags=\"\" how=\"\"\n"
           "        case \"$command\" in\n";
    for (const auto& [name, list] : flags)
        out << "            " << name << ") flags='" << spaceJoined(list) << "' ;;\n";
    out << "        esac\n"
           "        case \"$command:$prev\" in\n";
    // "none" too: after a flag that takes a number, offering flags would be wrong.
    for (const auto& [name, byFlag] : kinds)
        for (const auto& [flag, how] : byFlag)
            if (!flag.empty())
                out << "            " << name << ':' << flag << ") how=\"" << how << "\" ;;\n";
    out << "        esac\n"
           "        if [[ -z $how && $cur != -* ]]; then\n"
           "            case \"$command\" in\n";
    for (const auto& [name, byFlag] : kinds)
        if (auto it = byFlag.find(""); it != byFlag.end() && it->second != "none")
            out << "                " << name << ") how=\"" << it->second << "\" ;;\n";
    out << "            esac\n"
           "        fi\n"
           "        if [[ -n $how ]]; then\n"
           "            [[ $how != none ]] && mapfile -t candidates < <(_grindstone_cli_values "
           "\"$how\" \"$cur\")\n"
           "        else\n"
           "            mapfile -t candidates < <(compgen -W \"$flags\" -- \"$cur\")\n"
           "        fi\n"
           "    fi\n"
           "    # Bash replaces only the part of the word after its last break character (= or "
           ":).\n"
           "    local broken=\"${cur%\"${cur##*[=:]}\"}\"\n"
           "    if [[ -n $broken && $COMP_WORDBREAKS == *\"${broken: -1}\"* ]]; then\n"
           "        candidates=(\"${candidates[@]#\"$broken\"}\")\n"
           "    fi\n"
           "    COMPREPLY=(\"${candidates[@]}\")\n"
           "    # A key offered with its = goes on without a space.\n"
           "    [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *[=:] ]] && compopt -o nospace "
           "2>/dev/null\n"
           "    return 0\n"
           "}\n"
           "complete -o filenames -F _grindstone_cli grindstone-cli\n";
}

}  // namespace

int runCompletion(Args args) {
    if (args.size() != 1 || args[0] != "bash")
        throw InputError("completion takes the shell's name: completion bash");
    printBash(std::cout);
    return 0;
}

}  // namespace grindstone::cli
