package com.communitysuite.clubroom.block;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.clubroom.events.BlockDeleted;
import com.communitysuite.clubroom.events.BlockSaved;
import com.communitysuite.clubroom.people.Caller;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.events.DomainEvents;

/** Campus blocks: listed by anyone, created, renamed and deleted by super users (checked by the caller's role). */
@Service
public class Blocks {

    /** The texts of the original's serializer: its unique validator, and its own check of an unchanged name. */
    static final String NAME_TAKEN = "具有 版块名称 的 block 已存在。";
    static final String NAME_UNCHANGED = "板块名称重复";
    static final String NOT_FOUND = "未找到。";

    private final BlockRepository blocks;
    private final DomainEvents events;
    private final ApplicationEventPublisher features;

    Blocks(BlockRepository blocks, DomainEvents events, ApplicationEventPublisher features) {
        this.blocks = blocks;
        this.events = events;
        this.features = features;
    }

    @Transactional(readOnly = true)
    public List<Block> all() {
        return blocks.findAllByOrderById();
    }

    @Transactional(readOnly = true)
    public Block get(long id) {
        return blocks.findById(id).orElseThrow(Blocks::notFound);
    }

    @Transactional(readOnly = true)
    public Optional<Block> find(long id) {
        return blocks.findById(id);
    }

    @Transactional(readOnly = true)
    public Map<Long, Block> byIds(Collection<Long> ids) {
        return blocks.findAllById(ids).stream().collect(Collectors.toMap(Block::id, Function.identity()));
    }

    @Transactional
    public Block create(String name, Caller caller) {
        if (blocks.existsByName(name)) {
            throw new InvalidInputException("block.name-taken", "name", NAME_TAKEN);
        }
        Block block = new Block(name);
        saveUnique(block);
        events.publish(new BlockSaved(block.id(), block.name(), caller.uid()));
        return block;
    }

    @Transactional
    public Block rename(long id, String name, Caller caller) {
        Block block = get(id);
        if (block.name().equals(name)) {
            throw new InvalidInputException("block.name-unchanged", "block", NAME_UNCHANGED);
        }
        if (blocks.existsByName(name)) {
            throw new InvalidInputException("block.name-taken", "name", NAME_TAKEN);
        }
        block.rename(name);
        saveUnique(block);
        events.publish(new BlockSaved(block.id(), block.name(), caller.uid()));
        return block;
    }

    /** Deletes the block and, first, its organizations (each announced as deleted), as the original cascaded. */
    @Transactional
    public void delete(long id, Caller caller) {
        Block block = get(id);
        features.publishEvent(new BlockRemoved(block.id(), caller.uid()));
        blocks.delete(block);
        events.publish(new BlockDeleted(block.id(), block.name(), caller.uid()));
    }

    /** A concurrent request may have taken the name between the check and the write: the same refusal. */
    private void saveUnique(Block block) {
        try {
            blocks.saveAndFlush(block);
        }
        catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("block.name-taken", "name", NAME_TAKEN);
        }
    }

    static NotFoundException notFound() {
        return new NotFoundException("block.not-found", NOT_FOUND);
    }
}
