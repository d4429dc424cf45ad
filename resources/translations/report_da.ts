<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Errors</name>
    <message>
        <source>{path} is a folder, not a file name.</source>
        <translation>{path} er en mappe, ikke et filnavn.</translation>
    </message>
    <message>
        <source>Cannot save {path}: the folder {folder} does not exist.</source>
        <translation>Kan ikke gemme {path}: mappen {folder} findes ikke.</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}. Choose another folder.</source>
        <translation>Kan ikke gemme {path}: {reason}. Vælg en anden mappe.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} af {pages}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Udskrevet {date}</translation>
    </message>
    <message>
        <source>Confidential – internal working document. Contains no student names or CPR numbers.</source>
        <translation>Fortroligt – internt arbejdsdokument. Indeholder ikke elevnavne eller CPR-numre.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Tovholder</translation>
    </message>
    <message>
        <source>Minute-taker</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Time-keeper</source>
        <translation>Tidtager</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afbud</translation>
    </message>
    <message>
        <source>Follow-up on agreements</source>
        <translation>Opfølgning på aftaler</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>Fra møde</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>{minutes} min.</source>
        <translation>{minutes} min.</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <source>Data we looked at</source>
        <translation>Data, vi så på</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Fortroligt</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Næste møde</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Ikke fastlagt endnu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Evaluation of the meeting</source>
        <translation>Evaluering af mødet</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
</context>
</TS>
