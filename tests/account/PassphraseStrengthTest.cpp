#include "ui/account/PassphraseStrength.h"

#include <catch2/catch.hpp>

using namespace consilium::ui;

TEST_CASE("guessable passphrases are rated weak whatever their length", "[account]")
{
    for (const char* guessable : {"password", "Password1", "p@ssw0rd", "123456789012", "aaaaaaaaaaaaaaaa", "qwertyuiop",
                                  "abcabcabcabcabc", "Radiology2024"}) {
        INFO(guessable);
        const PassphraseAssessment assessment = assessPassphrase(QString::fromLatin1(guessable));
        CHECK(assessment.strength <= PassphraseStrength::Fair);
        CHECK_FALSE(isAcceptable(assessment));
        CHECK_FALSE(assessment.advice.isEmpty());
    }
}

TEST_CASE("the user's own name does not make a passphrase stronger", "[account]")
{
    const QString withName = QStringLiteral("AmaraOkafor77");
    const PassphraseAssessment stranger = assessPassphrase(withName);
    const PassphraseAssessment own = assessPassphrase(withName, {QStringLiteral("Dr. Amara Okafor")});
    CHECK(own.bits < stranger.bits - 20);
    CHECK_FALSE(isAcceptable(own));
}

TEST_CASE("long passphrases of unrelated words and random strings are accepted", "[account]")
{
    for (const char* strong : {"violet tractor lagoon biscuit", "crimson-otter-maple-7-harbor", "xK9#mQ2$vL7!pR4w"}) {
        INFO(strong);
        const PassphraseAssessment assessment = assessPassphrase(QString::fromLatin1(strong));
        CHECK(isAcceptable(assessment));
        CHECK(assessment.advice.isEmpty());
    }
    CHECK(assessPassphrase(QStringLiteral("violet tractor lagoon biscuit")).strength == PassphraseStrength::Strong);
}

TEST_CASE("strength grows with length, and nothing typed is rated empty", "[account]")
{
    CHECK(assessPassphrase(QString()).strength == PassphraseStrength::Empty);
    double previous = 0.0;
    QString text;
    for (const QChar c : QStringLiteral("tkvwmzrqhp")) {
        text += c;
        const double bits = assessPassphrase(text).bits;
        CHECK(bits > previous);
        previous = bits;
    }
}
