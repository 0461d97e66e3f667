package io.autocrm.query.postgres;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A projection's writes gathered over the unit of work that handles a batch of events, and written once, when that
 * unit of work prepares to commit: in its transaction, before the processor's token advances, so rows and token still
 * commit together. A handler does everything that can fail for its event's own reasons (reading the event, deriving
 * the values) before it adds a write, so a bad event still fails in its handler and is dead-lettered alone, with its
 * ticket's sequence; only the database write is deferred. Without a unit of work (direct calls) each write goes out
 * at once.
 *
 * @param <B> the projection's buffer of pending writes for one unit of work
 */
public final class BatchWrites<B> {

    private final String resourceKey;
    private final Supplier<B> newBuffer;
    private final Consumer<B> flush;

    /**
     * @param name      unique among projections: names this buffer among the unit of work's resources
     * @param newBuffer a fresh, empty buffer
     * @param flush     writes a buffer's contents (on the unit of work's transaction)
     */
    public BatchWrites(String name, Supplier<B> newBuffer, Consumer<B> flush) {
        this.resourceKey = BatchWrites.class.getName() + "." + name;
        this.newBuffer = newBuffer;
        this.flush = flush;
    }

    /** Adds a write to the current unit of work's buffer, or writes it at once outside a unit of work. */
    public void add(Consumer<B> write) {
        if (!CurrentUnitOfWork.isStarted()) {
            B buffer = newBuffer.get();
            write.accept(buffer);
            flush.accept(buffer);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        write.accept(unitOfWork.getOrComputeResource(resourceKey, key -> {
            B buffer = newBuffer.get();
            unitOfWork.onPrepareCommit(u -> flush.accept(buffer));
            return buffer;
        }));
    }
}
