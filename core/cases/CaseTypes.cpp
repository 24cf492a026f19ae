#include "core/cases/CaseTypes.h"

namespace consilium::cases {

QString normaliseTag(const QString& tag)
{
    return tag.simplified().toLower().replace(u' ', u'-');
}

} // namespace consilium::cases
