// cvport schema: the model's JSON Schema, or the Markdown field reference.
#include <iostream>

#include "cli_common.hpp"
#include "cvport/schema.hpp"

namespace cvport::cli {

void add_schema_command(CLI::App& app, int& exit_status) {
  auto markdown = std::make_shared<bool>(false);
  CLI::App* command = app.add_subcommand("schema", "Print the JSON Schema of the CV source format");
  command->footer("Examples:\n  cvport schema > cvport.schema.json\n  cvport schema --markdown > fields.md");
  command->add_flag("--markdown", *markdown, "Print the field reference in Markdown instead");
  command->callback([markdown, &exit_status] {
    if (*markdown)
      std::cout << field_reference_markdown();
    else
      std::cout << model_json_schema().dump(2) << "\n";
    exit_status = 0;
  });
}

} // namespace cvport::cli
