"""``frozen_record``: records made on first use behave exactly like frozen dataclasses."""

from __future__ import annotations

import dataclasses
import pickle
import re
import sys
import threading
from pathlib import Path

import pytest

import plf_desktop
from plf_desktop.domain import record_type
from plf_desktop.domain.record_type import frozen_record


@frozen_record
class Lesson:
    """A test record with a default, a factory default and a property."""

    title: str
    minutes: int = 45
    tags: tuple[str, ...] = ()
    notes: list[str] = dataclasses.field(default_factory=list)

    @property
    def long(self) -> bool:
        return self.minutes > 60


@frozen_record
class DoubleLesson(Lesson):
    """A record that extends another record."""

    room: str = ""


@frozen_record
class Checked:
    """A record that checks itself after ``__init__`` and extends a method with super()."""

    text: str

    def __post_init__(self) -> None:
        if not self.text:
            raise ValueError("empty")
        object.__setattr__(self, "text", self.text.strip())

    def __repr__(self) -> str:
        return "Checked:" + super().__repr__()


@frozen_record(order=True)
class Version:
    major: int
    minor: int = 0


@frozen_record
class Picky:
    """A record with its own equality: the dataclass must keep it."""

    code: str

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Picky) and other.code.lower() == self.code.lower()

    def __hash__(self) -> int:
        return hash(self.code.lower())


def pickled(value: object) -> bytes:
    return pickle.dumps(value)


def test_a_record_is_made_on_first_use_not_when_defined() -> None:
    @frozen_record
    class Fresh:
        name: str

    assert Fresh in record_type._pending
    Fresh("x")
    assert Fresh not in record_type._pending


def test_a_record_behaves_like_a_frozen_dataclass() -> None:
    lesson = Lesson("Brøker", tags=("matematik",))
    assert lesson == Lesson("Brøker", 45, ("matematik",), [])
    assert lesson != Lesson("Brøker", 50)
    assert repr(lesson) == "Lesson(title='Brøker', minutes=45, tags=('matematik',), notes=[])"
    with pytest.raises(dataclasses.FrozenInstanceError):
        lesson.title = "Andet"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        lesson.other = 1  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        Lesson()  # type: ignore[call-arg]
    assert Lesson("a").notes is not Lesson("b").notes  # a fresh list each
    assert not lesson.long
    assert dataclasses.replace(lesson, minutes=90).long
    assert dataclasses.asdict(lesson)["title"] == "Brøker"


def test_post_init_and_super_work_as_in_a_dataclass() -> None:
    assert Checked("  Brøker ").text == "Brøker"
    with pytest.raises(ValueError):
        Checked("")
    assert repr(Checked("x")).startswith("Checked:<")  # its own __repr__ is kept


def test_frozen_records_hash_by_value() -> None:
    assert len({Version(1, 2), Version(1, 2), Version(2)}) == 2
    assert hash(Picky("AB")) == hash(Picky("ab"))
    assert Picky("AB") == Picky("ab")  # its own __eq__ is kept


def test_fields_can_be_asked_for_before_the_first_instance() -> None:
    @frozen_record
    class Unused:
        name: str
        count: int = 0

    assert dataclasses.is_dataclass(Unused)
    assert [f.name for f in dataclasses.fields(Unused)] == ["name", "count"]
    assert Unused("x").count == 0


def test_an_extending_record_gets_its_base_fields_first() -> None:
    @frozen_record
    class Base:
        name: str

    @frozen_record
    class Child(Base):
        extra: int = 1

    child = Child("x")  # the child is made first: its base must be made before it
    assert child == Child("x", 1)
    assert Base("y") == Base("y")
    assert DoubleLesson("Idræt", room="Hal").minutes == 45


def test_a_subclass_init_calling_super_reaches_the_record_before_it_is_made() -> None:
    @frozen_record
    class Base:
        name: str

    class Tagged(Base):
        def __init__(self, name: str, tag: str) -> None:
            super().__init__(name)
            object.__setattr__(self, "tag", tag)

    tagged = Tagged("x", "y")
    assert (tagged.name, tagged.tag) == ("x", "y")


def test_classes_the_twin_cannot_copy_are_refused_when_declared() -> None:
    with pytest.raises(TypeError, match="slots"):
        @frozen_record
        class Slotted:
            __slots__ = ("name",)
            name: str

    import abc

    with pytest.raises(TypeError, match="abstract"):
        @frozen_record
        class Abstract(abc.ABC):
            name: str


def test_every_record_of_the_app_can_be_made() -> None:
    """A mistake the dataclass machinery reports (a default before a non-default field)
    would otherwise surface only when a rarely used record is first made."""
    import importlib
    import pkgutil

    package = Path(plf_desktop.__file__).parent
    for module in pkgutil.walk_packages([str(package)], "plf_desktop."):
        if not module.name.endswith("__main__"):  # that one starts the app
            importlib.import_module(module.name)
    records = [cls for cls in list(record_type._pending)
               if cls.__module__.startswith("plf_desktop.")]
    for cls in records:
        record_type.make(cls)
        assert dataclasses.fields(cls)
    assert not [cls for cls in record_type._pending if cls.__module__.startswith("plf_desktop.")]


def test_order_compares_fields_in_order() -> None:
    assert sorted([Version(2), Version(1, 5), Version(1)]) == [Version(1), Version(1, 5),
                                                               Version(2)]
    assert Version(1) < Version(1, 1) <= Version(1, 1)


def test_an_instance_made_without_init_still_compares_and_prints() -> None:
    @frozen_record
    class Shipped:
        name: str

    copy = object.__new__(Shipped)  # as unpickling makes it, before any __init__ ran
    copy.__dict__["name"] = "x"
    assert Shipped in record_type._pending
    assert copy == Shipped("x")
    assert repr(copy) == "test_an_instance_made_without_init_still_compares_and_prints." \
        "<locals>.Shipped(name='x')"
    assert pickle.loads(pickled(Lesson("a"))) == Lesson("a")


def test_threads_making_the_same_records_at_once_all_get_whole_classes() -> None:
    """A backup's thread and the window may make a record class at the same moment; neither
    may see it half made (an ``__init__`` without its ``__eq__``, say)."""
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: races show at once
    try:
        for _ in range(3):
            classes = []
            for number in range(60):
                @frozen_record
                class Raced:
                    number: int
                    text: str = ""
                    items: tuple[int, ...] = ()

                Raced.__qualname__ = f"Raced{number}"
                classes.append(Raced)
            results: list[list[bool]] = []
            failures: list[BaseException] = []
            start = threading.Barrier(4)

            def use(classes: list[type] = classes, results: list[list[bool]] = results,
                    failures: list[BaseException] = failures,
                    start: threading.Barrier = start) -> None:
                start.wait()
                try:
                    results.append([cls(n) == cls(n) and hash(cls(n)) == hash(cls(n))
                                    and repr(cls(n)).endswith(f"(number={n}, text='', items=())")
                                    for n, cls in enumerate(classes)])
                except BaseException as error:
                    failures.append(error)

            threads = [threading.Thread(target=use) for _ in range(4)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert failures == []
            assert results == [[True] * 60] * 4
    finally:
        sys.setswitchinterval(switch)


def test_the_app_declares_its_frozen_records_with_record() -> None:
    """Start-up: a plain frozen dataclass costs its compile on import (see record_type)."""
    package = Path(plf_desktop.__file__).parent
    plain = [f"{path.relative_to(package)}:{number}"
             for path in sorted(package.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if re.match(r"\s*@(dataclasses\.)?dataclass\(.*frozen=True", line)]
    assert plain == []
