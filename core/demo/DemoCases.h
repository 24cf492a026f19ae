#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace consilium::demo {

/// Which colleague wrote something in the demo.
enum class DemoAuthor { Amara, Jonas };

struct DemoComment {
    DemoAuthor author;
    int minutesAfterCase;
    int replyTo; ///< index of the comment answered in the same case, or -1
    QString body;
};

/// One demo case: its text, which sample files (relative to a make-samples folder) it shows,
/// and its discussion. Written for teaching, and honest that the images are synthetic.
struct DemoCase {
    DemoAuthor author;
    int hoursAgo;
    QString title;
    QString specialty;
    QStringList tags;
    QString question;
    QString history;
    QString findings;
    QStringList sampleFiles;
    QString imageLabel;
    QList<DemoComment> discussion;
};

QList<DemoCase> demoCases();

} // namespace consilium::demo
