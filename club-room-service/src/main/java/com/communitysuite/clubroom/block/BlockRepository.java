package com.communitysuite.clubroom.block;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BlockRepository extends JpaRepository<Block, Long> {

    List<Block> findAllByOrderById();

    boolean existsByName(String name);
}
