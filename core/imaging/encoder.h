#pragma once

// Output encoding: format, the quality family, interlace, strip, cgif and size-limit (D11, D12,
// D16, D20, D22). These settings apply once, at encode time, wherever they were written.

#include "style/ast.h"

#include <QByteArray>
#include <QSize>
#include <QStringList>
#include <vips/vips8>

namespace ad::imaging
{

struct EncodeSettings {
    std::optional<style::ImageFormat> format;
    std::optional<style::Quality> quality; // the last of quality/rquality/lquality written
    bool interlace = false;
    bool strip = false;
    std::optional<style::SizeLimit> sizeLimit;
    std::optional<int> cgif;

    void collect(const style::MogrOp &op); // takes the encoder part of one operation
};

struct SourceFacts {
    QByteArray bytes;
    style::ImageFormat format = style::ImageFormat::Png;
    int quality = 100; // estimated original quality (D12)
};

struct Encoded {
    QByteArray data;
    style::ImageFormat format = style::ImageFormat::Png;
    QSize size;
    int frames = 1;
    QStringList warnings;
};

int effectiveQuality(const std::optional<style::Quality> &requested, int original);
bool qualityApplies(style::ImageFormat format);
QString mimeFor(style::ImageFormat format);
QString extensionFor(style::ImageFormat format);

Encoded encode(const vips::VImage &image, const EncodeSettings &settings,
               const SourceFacts &source);

} // namespace ad::imaging
