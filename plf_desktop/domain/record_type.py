"""``frozen_record``: a frozen dataclass whose generated methods are made on first use.

Why not plain ``@dataclass(frozen=True)``: the standard decorator writes each class's
``__init__``, ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__`` and ``__delattr__`` as
source text and compiles it when the class is defined – about 0.8 ms a class on the 2-core
machine the start-up benchmark runs on. The app defines over a hundred records; its start
screen makes thirty of them. Compiling all of them on import cost ≈ 65 ms of every start, a
third of what the foundation issue allows above a bare window (``benchmarks/startup.py``).

A ``frozen_record`` class is defined at once with its fields and defaults; the dataclass
machinery runs, unchanged, when the first instance is made, or when anything asks for its
fields (``dataclasses.fields``, ``is_dataclass``, ``replace``). From then on it *is* an
ordinary frozen dataclass. Until then, each method it will have is a small stand-in that makes
the class and calls the real method, so even an instance made without ``__init__``
(unpickling) behaves.

Two differences remain, both tested: a mistake the machinery reports (a field without a
default after one with a default, a mutable default) surfaces when the class is first used,
not on import – ``tests/unit/test_record_type.py`` makes every record of the app to catch
it; and the machinery runs on a twin of the class (see :func:`_complete`), so a class whose
creation has side effects (``__slots__``, an abstract base class, a base's
``__init_subclass__`` that registers it) must stay a plain dataclass.
"""

from __future__ import annotations

import abc
import contextlib
import dataclasses
import threading
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform, overload

_C = TypeVar("_C", bound=type)

_METHODS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")
_ORDER = ("__lt__", "__le__", "__gt__", "__ge__")
_FIELDS = "__dataclass_fields__"
_TYPE_OWN = ("__dict__", "__weakref__")
"""What every class gets from ``type`` itself: never copied between a class and its twin."""
_MISSING = object()

_pending: dict[type, tuple[dict[str, Any], tuple[str, ...]]] = {}
"""Classes not yet made: their dataclass options and the stand-ins they carry."""
_lock = threading.RLock()
"""One class is made once, even when two threads (a backup's, the window's) first use it."""


class _FieldsOnDemand:
    """Stands in for ``__dataclass_fields__``: asking for the fields makes the class."""

    def __get__(self, instance: object, owner: type) -> dict[str, dataclasses.Field[Any]]:
        made = make(owner)
        for klass in made.__mro__:
            found = klass.__dict__.get(_FIELDS)
            if found is not None and not isinstance(found, _FieldsOnDemand):
                return found  # type: ignore[no-any-return]
        raise AttributeError(_FIELDS)


def _stand_in(owner: type, name: str) -> Callable[..., Any]:
    """*owner*'s method *name* until *owner* is made: make it, then call the real one (found on
    *owner*, so a subclass's own method calling ``super()`` reaches the base's)."""

    def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        return getattr(make(owner), name)(self, *args, **kwargs)

    method.__name__ = name
    method.__qualname__ = f"{owner.__qualname__}.{name}"
    method.__doc__ = "Makes the record class on first use, then calls its generated method."
    return method


def make(cls: _C) -> _C:
    """Run the dataclass machinery for *cls* and its record bases, if not done yet."""
    with _lock:  # a second thread waits here until the class is whole
        for klass in reversed(cls.__mro__):
            entry = _pending.get(klass)
            if entry is not None:
                _complete(klass, *entry)
                del _pending[klass]
    return cls


def _complete(klass: type, options: dict[str, Any], stand_ins: tuple[str, ...]) -> None:
    """Run the machinery on a twin of *klass*, then give *klass* what it made, ``__init__``
    last.

    Running it on the live class would remove each stand-in a moment before its real method
    arrives, and another thread looking then would find ``object.__eq__`` instead. Copied
    over, a method is always either the stand-in (which waits for the lock) or the real one,
    and no instance can be made through ``__init__`` before all of them are in place.
    """
    own = {name: value for name, value in klass.__dict__.items()
           if name not in stand_ins and name not in _TYPE_OWN and name != _FIELDS}
    twin = type(klass)(klass.__name__, klass.__bases__, own)
    twin.__qualname__ = klass.__qualname__
    dataclasses.dataclass(twin, frozen=True, **options)
    made = {name: value for name, value in twin.__dict__.items() if name not in _TYPE_OWN}
    for value in made.values():
        _rebind(value, twin, klass)
    for name, value in made.items():
        if name != "__init__" and klass.__dict__.get(name, _MISSING) is not value:
            setattr(klass, name, value)
    for name in [name for name in klass.__dict__ if name not in made]:
        if name not in _TYPE_OWN and name != "__init__":
            delattr(klass, name)  # a factory field's Field, as the machinery does
    klass.__init__ = made["__init__"]  # type: ignore[misc]


def _rebind(value: object, twin: type, klass: type) -> None:
    """Point a generated method's closure at *klass* where it names *twin* (the frozen
    ``__setattr__`` checks ``type(self) is cls`` and calls ``super(cls, self)``)."""
    for cell in getattr(value, "__closure__", None) or ():
        with contextlib.suppress(ValueError):  # an empty cell
            if cell.cell_contents is twin:
                cell.cell_contents = klass


@overload
def frozen_record(cls: _C, /) -> _C: ...


@overload
def frozen_record(*, order: bool = False) -> Callable[[_C], _C]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def frozen_record(cls: _C | None = None, /, *, order: bool = False) -> _C | Callable[[_C], _C]:
    """Declare *cls* a frozen dataclass (with ``order=True``, also ordered by its fields)."""

    def declare(klass: _C) -> _C:
        if "__slots__" in klass.__dict__ or isinstance(klass, abc.ABCMeta):
            raise TypeError(f"{klass.__qualname__}: frozen_record makes a twin of the class on "
                            "first use, which slots and abstract base classes do not allow; "
                            "use @dataclass(frozen=True)")
        names = _METHODS + _ORDER if order else _METHODS
        stand_ins = tuple(name for name in names if name not in klass.__dict__
                          or (name == "__hash__" and klass.__dict__[name] is None))
        for name in stand_ins:
            setattr(klass, name, _stand_in(klass, name))
        setattr(klass, _FIELDS, _FieldsOnDemand())
        with _lock:
            _pending[klass] = ({"order": order}, stand_ins)
        return klass

    return declare if cls is None else declare(cls)
