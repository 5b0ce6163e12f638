package org.trufflejl.runtime.tasks;

import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.TypeFamily;
import org.trufflejl.runtime.types.TypeVar;
import org.trufflejl.runtime.types.Types;

/**
 * The built-in types of tasks and synchronisation. Their instances are Java objects
 * ({@link JlTask}, {@link JlChannel}, ...) that carry their type; Base binds the names.
 */
public final class TaskTypes {
    private TaskTypes() {
    }

    public static final DataType Task = DataType.newType(Symbol.of("Task"), null, Types.Any, false, true);
    /** The tasks an {@code @sync} block waits for (internal to Base). */
    public static final DataType SyncScope = DataType.newType(Symbol.of("SyncScope"), "Base", Types.Any, false, true);
    public static final DataType AbstractLock = DataType.newType(Symbol.of("AbstractLock"), "Base", Types.Any, true, false);
    public static final DataType ReentrantLock = DataType.newType(Symbol.of("ReentrantLock"), null, AbstractLock, false, true);
    /** The lock type of {@code Base.Condition}: waiting and notifying lock internally. */
    public static final DataType AlwaysLockedST = DataType.newType(Symbol.of("AlwaysLockedST"), "Base", AbstractLock, false, true);
    public static final TypeFamily AbstractChannel = family("AbstractChannel", null, true, Types.Any, "T");
    public static final TypeFamily Channel = family("Channel", null, false, null, "T");
    public static final TypeFamily GenericCondition = family("GenericCondition", "Base", false, Types.Any, "L");
    public static final TypeFamily Atomic = family("Atomic", "Base.Threads", false, Types.Any, "T");

    static {
        Channel.define(AbstractChannel.instantiate(Channel.vars[0]), new Symbol[0], new JlType[0]);
    }

    public static final DataType ThreadsCondition = GenericCondition.instantiate(ReentrantLock);
    public static final DataType BaseCondition = GenericCondition.instantiate(AlwaysLockedST);

    private static TypeFamily family(String name, String prefix, boolean isAbstract, DataType sup, String var) {
        TypeVar[] tvs = {new TypeVar(Symbol.of(var), Types.Bottom, Types.Any)};
        TypeFamily f = new TypeFamily(Symbol.of(name), prefix, tvs, sup, isAbstract, !isAbstract, false);
        if (sup != null) {
            f.define(sup, new Symbol[0], new JlType[0]);
        }
        return f;
    }
}
