#include "style/editlist.h"

#include "style/printer.h"

namespace ad::style
{

std::vector<EditItem> itemsOf(const Pipeline &pipeline)
{
    std::vector<EditItem> items;
    for (const Stage &stage : pipeline.stages) {
        if (const auto *mogr = std::get_if<MogrStage>(&stage.op)) {
            for (size_t i = 0; i < mogr->steps.size(); ++i)
                items.push_back(
                    {mogr->steps[i].op, true, i == 0 && !items.empty(), mogr->steps[i].span});
            continue;
        }
        std::visit(
            [&](const auto &op) {
                if constexpr (!std::is_same_v<std::decay_t<decltype(op)>, MogrStage>)
                    items.push_back({op, true, false, stage.span});
            },
            stage.op);
    }
    return items;
}

Pipeline pipelineOf(const std::vector<EditItem> &items)
{
    Pipeline pipeline;
    for (const EditItem &item : items) {
        if (!item.enabled) continue;
        if (const auto *op = std::get_if<MogrOp>(&item.op)) {
            MogrStage *open = pipeline.stages.empty()
                                  ? nullptr
                                  : std::get_if<MogrStage>(&pipeline.stages.back().op);
            if (!open || item.newStage) {
                pipeline.stages.push_back({MogrStage{}, {}});
                open = &std::get<MogrStage>(pipeline.stages.back().op);
            }
            open->steps.push_back({*op, {}});
            continue;
        }
        std::visit(
            [&](const auto &op) {
                if constexpr (!std::is_same_v<std::decay_t<decltype(op)>, MogrOp>)
                    pipeline.stages.push_back({op, {}});
            },
            item.op);
    }
    return pipeline;
}

QString printItems(const std::vector<EditItem> &items)
{
    return print(pipelineOf(items));
}

} // namespace ad::style
