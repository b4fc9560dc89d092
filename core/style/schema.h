#pragma once

// What is known about each operation: its palette category and label, how to make a valid
// default, and its parameters with their kind, range, accessors on the AST and how they are
// written. The parser, the printer, the editor's form and palette and the tests all read this
// table, so an operation is described once. Labels are untranslated (context "StyleSchema"); the
// interface translates them.

#include "style/editlist.h"

#include <QRgb>
#include <QStringList>
#include <QVariant>
#include <functional>

namespace ad::style
{

// What the executor applies when a watermark leaves a parameter out. The executor reads these,
// and the form shows them greyed, so both say the same.
inline constexpr int kDefaultTextSize = 13;
inline constexpr QRgb kDefaultTextFill = qRgb(0x3D, 0x3D, 0x3D);
inline constexpr int kDefaultDissolve = 90;
inline constexpr int kDefaultShadow = 0;
inline constexpr Gravity kDefaultMarkGravity = Gravity::SouthEast;
inline constexpr QRgb kDefaultPadColor = qRgb(255, 255, 255);
inline constexpr Gravity kDefaultCropGravity = Gravity::NorthWest;
inline constexpr int kDefaultBlindLevel = 1;

enum class ParamType {
    Int,     // int, min..max
    Real,    // double, above min and at most max
    Bool,    // bool
    Choice,  // QString, one of choices
    Color,   // QString "#RRGGBB"
    Gravity, // QString, a gravity name
    Font,    // QString, a font name as written in the string
    File,    // QString, a local path or object URL (Base64 in the string)
    Text,    // QString
};

// How a parameter is written in a processing string.
enum class Syntax {
    Value, // the operation's own value: "<id>/<value>" (imageView2's mode: "imageView2/<mode>")
    Keyed, // "<key>/<value>" after the operation's value
    Hand,  // read and printed by hand in parser.cpp and printer.cpp: part of a compound value
           // (a geometry, <radius>x<sigma>), a value with a suffix (quality's "!"), a blind
           // watermark's parameters, or not written at all (a thumbnail's mode)
};
// Keyed values the parser checks further (a text watermark's text) are read by hand first.

struct ParamSpec {
    QString key; // the key written in the string, or a name of our own for compound values
    const char *label = "";
    ParamType type = ParamType::Int;
    double min = 0;
    double max = 0;
    bool optional = false; // may be left unset: the cloud's default applies
    // What applies when an optional parameter is unset; invalid when that depends on the picture
    // (a crop's width, say). Empty: nothing fixed applies.
    std::function<QVariant(const EditOp &)> fallback;
    Syntax syntax = Syntax::Hand;
    QStringList choices;
    std::vector<const char *> choiceLabels; // for people, when the values are not (optional)
    // Choice: the written value as one of choices, "" for none; empty: the value as written.
    std::function<QString(const QString &)> readChoice;
    const char *badChoice = ""; // Choice: the error for another value, %1 the value ("ad::Error")
    std::function<QVariant(const EditOp &)> get; // an invalid QVariant: unset
    std::function<void(EditOp &, const QVariant &)> set;
    std::function<bool(const EditOp &)> applies; // empty: always
    bool appliesTo(const EditOp &op) const { return !applies || applies(op); }
    QVariant fallbackFor(const EditOp &op) const { return fallback ? fallback(op) : QVariant(); }
};

struct OpSpec {
    QString id;        // "thumbnail", "watermark/2", ...: the key or head written in the string
    bool mogr = false; // an imageMogr2 operation
    const char *category = "";
    const char *label = "";
    std::function<EditOp()> make; // a valid default
    std::function<bool(const EditOp &)> matches;
    std::vector<ParamSpec> params;
    const ParamSpec *param(QStringView key) const;
    const ParamSpec *keyed(QStringView key) const; // a Keyed parameter
    const ParamSpec *value() const;                // the Value parameter, if any
};

const std::vector<OpSpec> &operations();
const OpSpec &specOf(const EditOp &op);
const OpSpec *specById(QStringView id);
const OpSpec *mogrSpec(QStringView key); // the imageMogr2 operation written as key
QStringList categories();                // palette order

} // namespace ad::style
