#include "styleparams.h"

namespace ad::test
{

using style::ParamType;

QVariant otherValue(const style::ParamSpec &p, const QVariant &current)
{
    switch (p.type) {
    case ParamType::Int: {
        const int v = current.isValid() ? current.toInt() : int(p.min);
        return v + 1 <= p.max ? v + 1 : v - 1;
    }
    case ParamType::Real:
        return current.toDouble() + 1.5 <= p.max ? current.toDouble() + 1.5 : 0.5;
    case ParamType::Bool:
        return current.isValid() ? !current.toBool() : true;
    case ParamType::Choice:
        return p.choices.at((p.choices.indexOf(current.toString()) + 1) % p.choices.size());
    case ParamType::Color:
        return QStringLiteral("#12AB34");
    case ParamType::Gravity:
        return current.toString() == u"north" ? QStringLiteral("south") : QStringLiteral("north");
    case ParamType::Font:
        return current.toString() == u"arial.ttf" ? QStringLiteral("simhei黑体.ttf")
                                                  : QStringLiteral("arial.ttf");
    case ParamType::File:
        return kMarkPath;
    case ParamType::Text:
        return current.toString() == u"Mark42" ? QStringLiteral("Mark43")
                                               : QStringLiteral("Mark42");
    }
    return {};
}

void fillRequiredImages(const style::OpSpec &spec, style::EditOp &op)
{
    for (const style::ParamSpec &p : spec.params)
        if (p.type == ParamType::File && p.appliesTo(op) && p.get(op).toString().isEmpty())
            p.set(op, kMarkPath);
}

} // namespace ad::test
