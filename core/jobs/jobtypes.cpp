#include "jobs/jobtypes.h"

#include <array>

namespace ad::jobs
{

namespace
{
constexpr std::array<const char *, 5> kJobStates{"queued", "running", "paused", "finished",
                                                 "cancelled"};
constexpr std::array<const char *, 6> kItemStates{"pending", "running", "done",
                                                  "failed",  "skipped", "cancelled"};

template <typename Enum, size_t N>
Enum fromName(const std::array<const char *, N> &names, const QString &name)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i])) return Enum(i);
    }
    return Enum(0);
}
} // namespace

QString jobStateName(JobState s)
{
    return QLatin1String(kJobStates[size_t(s)]);
}

JobState jobStateFromName(const QString &name)
{
    return fromName<JobState>(kJobStates, name);
}

QString itemStateName(ItemState s)
{
    return QLatin1String(kItemStates[size_t(s)]);
}

ItemState itemStateFromName(const QString &name)
{
    return fromName<ItemState>(kItemStates, name);
}

} // namespace ad::jobs
