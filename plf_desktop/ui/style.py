"""The app's look: a calm, readable style sheet on top of the platform's Fusion style."""

from __future__ import annotations

STYLE_SHEET = """
QWidget { font-size: 10pt; }
QListWidget#navigation {
    background: #1f3349; color: #e8eef5; border: none; padding-top: 12px; font-size: 11pt;
}
QListWidget#navigation::item { padding: 9px 16px; border-left: 4px solid transparent; }
QListWidget#navigation::item:selected {
    background: #2d4a69; color: white; border-left: 4px solid #7fb2e5;
}
QListWidget#navigation::item:hover:!selected { background: #28415d; }
QLabel#pageTitle { font-size: 17pt; font-weight: 600; color: #1f3349; padding-bottom: 4px; }
QLabel#sectionTitle { font-size: 12pt; font-weight: 600; color: #1f3349; }
QLabel#hint { color: #5b6470; }
QLabel#error { color: #b3261e; }
QLineEdit#titleEdit { font-size: 15pt; font-weight: 600; padding: 4px 6px; }
QPushButton { padding: 5px 12px; }
QPushButton#primary {
    background: #2b5c8a; color: white; border: 1px solid #244e76; border-radius: 4px;
    padding: 6px 14px; font-weight: 600;
}
QPushButton#primary:hover { background: #326aa0; }
QPushButton#primary:disabled { background: #9fb3c7; border-color: #9fb3c7; }
QPushButton#undoButton { font-weight: 600; }
QGroupBox { font-weight: 600; margin-top: 10px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
QTableView { gridline-color: #e3e7ec; }
QHeaderView::section { padding: 5px 6px; font-weight: 600; }
QLabel#livePosition { color: #5b6470; font-size: 11pt; }
QLabel#liveTitle { font-size: 22pt; font-weight: 600; color: #1f3349; }
QLabel#countdown {
    font-size: 40pt; font-weight: 700; color: #1f3349; min-width: 230px; padding: 0 8px;
}
QLabel#countdown[ending="true"] { color: #a15c00; }
QLabel#countdown[overrun="true"] { color: #b3261e; }
QPlainTextEdit#liveNotes { font-size: 13pt; }
QLabel#lessonClock {
    font-size: 28pt; font-weight: 700; color: #1f3349; padding: 0 8px; min-width: 150px;
}
QLabel#nextStep {
    background: #e8f0f8; color: #1f3349; border: 1px solid #c5d6e8; border-radius: 4px;
    padding: 6px 10px;
}
QLabel#phaseTimer { font-size: 22pt; font-weight: 700; color: #1f3349; padding: 0 8px; }
QLabel#phaseTimer[over="true"] { color: #b3261e; }
QLabel#question { font-weight: 600; color: #24384f; padding-top: 8px; }
QWidget#promptBar { background: #fff4d6; border: 1px solid #e8cf85; border-radius: 4px; }
"""
