#pragma once

// Runs a core call on the thread pool and hands its result, or its error message, back on the
// GUI thread. When the context goes first, the answer is dropped.

#include "common/background.h"
#include "style/errortext.h"

#include <QFutureWatcher>
#include <QObject>
#include <optional>
#include <type_traits>

namespace ad::ui
{

template <class T> struct Outcome {
    std::optional<T> value;
    QString error;   // set when value is empty: "Code: message (X-ErrNo ...)", code translated
    QString message; // the message alone, for status lines that say "Failed: ..."
};

template <class Work, class Done> void runCatching(QObject *context, Work work, Done done)
{
    using T = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Outcome<T>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(background::run([work] {
        Outcome<T> o;
        try {
            o.value = work();
        } catch (const ProcessingError &e) {
            o.error = localizedText(e.error());
            o.message = e.error().message;
        }
        return o;
    }));
}

} // namespace ad::ui
